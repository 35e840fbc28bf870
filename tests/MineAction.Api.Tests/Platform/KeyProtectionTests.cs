using Microsoft.EntityFrameworkCore;

namespace MineAction.Api.Tests.Platform;

/// <summary>
/// The Data Protection keys that decrypt victims' personal data are never kept unprotected outside Development: encrypted with the
/// operator's certificate in the database, or in the key directory they name; otherwise the app and the CLI refuse to start in one line.
/// </summary>
public sealed class KeyProtectionTests(FreshCountryApp app) : IClassFixture<FreshCountryApp>
{
    private const string Refusal = "Data Protection keys (they decrypt victims' personal data) would be stored unencrypted";

    [Fact]
    public async Task With_the_certificate_every_key_in_the_database_is_encrypted()
    {
        using var browser = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/login")).StatusCode); // the antiforgery token makes the first key
        await using var db = app.Db();
        var keys = await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml.Split("<encryptedSecret")[1].Split("</encryptedSecret>")[0], StringComparison.Ordinal);
        });
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_key_directory_keeps_the_keys_out_of_the_database_in_an_owner_only_folder()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"mineaction-keys-{Guid.NewGuid():N}");
        try
        {
            await using var db = app.Db();
            var before = await db.DataProtectionKeys.CountAsync();
            using var keyed = app.WithWebHostBuilder(b => b.UseSetting("DataProtection:KeyDirectory", directory));
            Assert.Equal(HttpStatusCode.OK, (await keyed.CreateClient().GetAsync("/account/login")).StatusCode);

            var key = Assert.Single(Directory.GetFiles(directory, "key-*.xml"));
            Assert.Contains("<encryptedSecret", await File.ReadAllTextAsync(key), StringComparison.Ordinal); // the certificate still encrypts it
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(directory));
            Assert.Equal(before, await db.DataProtectionKeys.CountAsync());
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("", "", Refusal)]
    [InlineData("/nonexistent/keys.pfx", "", "DataProtection:CertificatePath '/nonexistent/keys.pfx' cannot be read")]
    [InlineData("certificate", "wrong password", "cannot be read as a PKCS#12 certificate")]
    public async Task Production_without_protected_keys_does_not_start_and_says_why_in_one_line(string certificate, string password, string message)
    {
        var (exit, output) = await ExternalTool.RunAsync(AppProcess.DotnetHost, [Path.Combine(AppContext.BaseDirectory, "MineAction.Web.dll")],
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__MineAction"] = app.ConnectionString,
                ["Urls"] = $"http://127.0.0.1:{AppProcess.FreePort()}",
                ["DataProtection__CertificatePath"] = certificate == "certificate" ? TestKeyCertificate.Path : certificate,
                ["DataProtection__CertificatePassword"] = password,
            });
        Assert.Equal(1, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task The_cli_reads_the_same_settings_and_refuses_the_same_way()
    {
        var production = new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" };
        var refused = await app.CliAsync(production, "migrate");
        Assert.Equal(1, refused.Exit);
        Assert.Contains(Refusal, refused.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", refused.Output, StringComparison.Ordinal);

        var protectedKeys = new Dictionary<string, string>(production)
        {
            ["DataProtection__CertificatePath"] = TestKeyCertificate.Path,
            ["DataProtection__CertificatePassword"] = TestKeyCertificate.Password,
        };
        var migrated = await app.CliAsync(protectedKeys, "migrate");
        Assert.True(migrated.Exit == 0, migrated.Output);
    }
}
