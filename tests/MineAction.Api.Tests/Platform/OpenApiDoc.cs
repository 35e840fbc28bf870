using System.Text.RegularExpressions;

namespace MineAction.Api.Tests.Platform;

/// <summary>The app's OpenAPI document (read once per test class) and its operations by role-matrix route.</summary>
public static partial class OpenApiDoc
{
    public static Task<JsonObject> LoadAsync(MineActionApp app) => app.OnceAsync("openapi document", async () =>
        (await app.ClientFor(Roles.Viewer).GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!);

    /// <summary>"/api/v1/tasks/{id:guid}/status" → "/api/v1/tasks/{id}/status"; a group's root "/api/v1/tasks/" → "/api/v1/tasks".</summary>
    public static string PathOf(string route) => RouteConstraint().Replace(route, "{$1}").TrimEnd('/');

    /// <summary>The operation of a role-matrix route such as "PUT /api/v1/hazardous-areas/{id:guid}".</summary>
    public static JsonObject? Operation(JsonObject document, string route)
    {
        var (method, path) = (route.Split(' ')[0].ToLowerInvariant(), PathOf(route.Split(' ')[1]));
        return document["paths"]?[path]?[method]?.AsObject();
    }

    [GeneratedRegex(@"\{(\w+):\w+\}")]
    private static partial Regex RouteConstraint();
}
