namespace MineAction.Api.Tests.Programme;

/// <summary>Reads and replaces the programme's settings through the API as an administrator.</summary>
internal static class ProgrammeSettingsApi
{
    public const string Url = "/api/v1/programme/settings";

    /// <summary>The settings as JSON and their ETag.</summary>
    public static async Task<(JsonObject Settings, string ETag)> ReadAsync(HttpClient admin)
    {
        var response = await admin.GetAsync(Url);
        return (await response.ReadAsync<JsonObject>(), response.Headers.ETag!.Tag);
    }

    /// <summary>The settings without the fields the server keeps (a PUT refuses fields it does not take).</summary>
    public static JsonObject Editable(JsonObject settings)
    {
        foreach (var readOnly in new[] { "hasLogo", "updatedAt", "updatedBy", "rowVersion" })
        {
            settings.Remove(readOnly);
        }

        return settings;
    }

    /// <summary>PUTs the current settings with <paramref name="change"/> applied (and the ETag just read).</summary>
    public static async Task<HttpResponseMessage> ChangeAsync(HttpClient admin, Action<JsonObject> change)
    {
        var (settings, etag) = await ReadAsync(admin);
        change(Editable(settings));
        return await admin.PutJsonAsync(Url, settings, etag);
    }
}
