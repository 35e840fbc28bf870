using System.Text.RegularExpressions;

namespace MineAction.Api.Tests.Platform;

/// <summary>
/// What an NMAA deploys: scripts/publish.sh's output, started in Production from another directory, serves the sign-in page with every
/// stylesheet it links, and its operator CLI answers.
/// </summary>
public sealed partial class PublishedAppTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    [Fact]
    public async Task The_published_app_serves_the_sign_in_page_with_its_css_in_production()
    {
        var output = Directory.CreateTempSubdirectory("mineaction-publish");
        try
        {
            var published = await ExternalTool.RunAsync(ExternalTool.Script("publish.sh"), [output.FullName], new Dictionary<string, string>());
            Assert.True(published.Exit == 0, published.Output);
            Assert.True(File.Exists(Path.Combine(output.FullName, "cli", "MineAction.Migrations.dll")), published.Output);

            await using var server = await AppProcess.StartAsync(app.ConnectionString, folder: Path.Combine(output.FullName, "web"));
            using var browser = new HttpClient { BaseAddress = server.BaseAddress };
            var login = await browser.GetAsync("/account/login");
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            var page = await login.Content.ReadAsStringAsync();
            var stylesheets = Link().Matches(page).Select(m => m.Value).Where(l => l.Contains("rel=\"stylesheet\"", StringComparison.Ordinal))
                .Select(l => Href().Match(l).Groups["href"].Value).ToList();
            Assert.Contains(stylesheets, s => s.Contains("MudBlazor", StringComparison.Ordinal));
            foreach (var href in stylesheets)
            {
                var css = await browser.GetAsync(href.TrimStart('/'));
                Assert.True(css.StatusCode == HttpStatusCode.OK, $"{href}: {(int)css.StatusCode}\n{server.Output}");
                Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
                Assert.True((await css.Content.ReadAsByteArrayAsync()).Length > 100, href);
            }
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [GeneratedRegex("<link\\b[^>]*>")]
    private static partial Regex Link();

    [GeneratedRegex("href=\"(?<href>[^\"]+)\"")]
    private static partial Regex Href();
}
