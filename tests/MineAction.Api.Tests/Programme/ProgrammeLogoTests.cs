namespace MineAction.Api.Tests.Programme;

/// <summary>The programme's logo for reports: PNG or JPEG (by content, not name), at most 512 KB, audited by its fingerprint.</summary>
public sealed class ProgrammeLogoTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private const string Url = "/api/v1/programme/logo";

    /// <summary>A 1×1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private HttpClient Admin => app.ClientFor(Roles.Administrator);

    private static ByteArrayContent Image(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
        return content;
    }

    [Fact]
    public async Task A_png_is_stored_served_audited_by_fingerprint_and_removed()
    {
        var saved = await Admin.PutAsync(Url, Image(Png, "image/png")).ReadAsync<JsonObject>();
        Assert.True(saved["hasLogo"]!.GetValue<bool>());
        var served = await app.ClientFor(Roles.Viewer).GetAsync(Url);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await served.Content.ReadAsByteArrayAsync());

        var audit = (await app.ClientFor(Roles.QualityManager).GetAsync<JsonObject>("/api/v1/audit?entity=ProgrammeSettings")).ToJsonString();
        Assert.Contains($"{Png.Length} bytes, SHA-256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Png))}", audit, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Png), audit, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await Admin.DeleteAsync(Url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync(Url)).StatusCode);
    }

    [Theory]
    [InlineData("text", "LOGO_NOT_AN_IMAGE")]
    [InlineData("empty", "LOGO_NOT_AN_IMAGE")]
    [InlineData("large", "LOGO_TOO_LARGE")]
    public async Task Anything_else_is_refused_and_changes_nothing(string kind, string rule)
    {
        var before = await Admin.GetAsync<JsonObject>("/api/v1/programme/settings");
        var body = kind switch
        {
            "text" => "<svg onload=alert(1)>"u8.ToArray(),
            "empty" => [],
            _ => [.. Png, .. new byte[600 * 1024]],
        };
        Assert.Equal(rule, await (await Admin.PutAsync(Url, Image(body, "image/png"))).RuleAsync());
        Assert.Equal(before["rowVersion"]!.GetValue<uint>(), (await Admin.GetAsync<JsonObject>("/api/v1/programme/settings"))["rowVersion"]!.GetValue<uint>());
    }

    [Fact]
    public async Task Only_administrators_change_it()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientFor(Roles.InformationManager).PutAsync(Url, Image(Png, "image/png"))).StatusCode);
    }
}
