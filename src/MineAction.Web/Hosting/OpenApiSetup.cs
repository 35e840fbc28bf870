using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MineAction.Web.Hosting;

/// <summary>
/// The OpenAPI document as clients need it: security schemes on every protected operation, one named schema per request body,
/// the headers the API reads and writes (If-Match, ETag, Idempotency-Key, Retry-After), the error responses each operation can
/// really give, file responses with their media types, read-only computed fields, and <c>required</c> taken from the validators.
/// </summary>
public static class OpenApiSetup
{
    public const string BearerScheme = "bearer";
    public const string CookieScheme = "cookie";

    /// <summary>Media types of the file downloads, by the extension their route ends with.</summary>
    private static readonly Dictionary<string, string> FileTypes = new(StringComparer.Ordinal)
    {
        [".csv"] = "text/csv",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".xml"] = "application/xml",
        [".geojson"] = "application/geo+json",
    };

    public static IServiceCollection AddMineActionOpenApi(this IServiceCollection services) => services.AddOpenApi(o =>
    {
        o.CreateSchemaReferenceId = SchemaName;
        o.AddDocumentTransformer((document, _, _) =>
        {
            Describe(document);
            return Task.CompletedTask;
        });
        o.AddOperationTransformer((operation, context, _) =>
        {
            OpenApiOperations.Describe(operation, context);
            return Task.CompletedTask;
        });
        o.AddSchemaTransformer((schema, context, _) =>
        {
            OpenApiSchemas.Describe(schema, context);
            return Task.CompletedTask;
        });
    });

    /// <summary>
    /// Nested request and response types (<c>CreateAccreditation.Command</c>, <c>LandReleaseSummary.Summary</c>) are named after their use case,
    /// so that every request body has its own schema instead of all sharing one called <c>Command</c>.
    /// </summary>
    private static string? SchemaName(JsonTypeInfo type) =>
        type.Type is { DeclaringType: { IsGenericType: false } outer, IsGenericType: false }
            ? outer.Name + type.Type.Name
            : OpenApiOptions.CreateDefaultSchemaReferenceId(type);

    private static void Describe(OpenApiDocument document)
    {
        document.Info.Title = "MineAction API";
        document.Info.Contact = new OpenApiContact { Name = "The national mine action authority's information management unit" };
        document.Info.Description =
            "National mine action information management: organisations, hazardous areas, land release, tasking and quality, "
            + "victims and risk education, capacity, funding and donor reporting (IATI 2.03, HXL-tagged CSV, GeoJSON). "
            + "Errors are RFC 9457 ProblemDetails with a `traceId`: 400 with field `errors`, 401/403, 404, 409 and 422 with a rule `code`, "
            + "412/428 where an operation reads If-Match, 429 with Retry-After, 503 with Retry-After while the database is restarting or too slow "
            + "(code DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; nothing was written — retry the same request). "
            + "Authenticate with a personal API token: `Authorization: Bearer mat_…` (create one under Account → API tokens); the web UI's cookie works too.";
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "mat_…",
            Description = "A personal API token (Account → API tokens), sent as `Authorization: Bearer mat_…`.",
        };
        document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "MineAction.Auth",
            Description = "The web UI's sign-in cookie (same-site only).",
        };
    }

    /// <summary>The file media type of a download route (by its extension), or null.</summary>
    public static string? FileType(string? route) =>
        route is null ? null : FileTypes.FirstOrDefault(f => route.EndsWith(f.Key, StringComparison.Ordinal)).Value;

    /// <summary>Whether the endpoint is open to anonymous callers.</summary>
    public static bool IsAnonymous(IEnumerable<object> metadata) => metadata.OfType<IAllowAnonymous>().Any();
}
