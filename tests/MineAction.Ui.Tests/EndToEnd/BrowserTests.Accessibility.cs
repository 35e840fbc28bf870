using Microsoft.Playwright;

namespace MineAction.Ui.Tests.EndToEnd;

public sealed partial class BrowserTests
{
    /// <summary>Every page of the menu, the forms to register records and the not-found page.</summary>
    private static readonly string[] Pages =
    [
        "/", "/account/tokens", "/admin/boundaries", "/admin/programme", "/admin/users", "/hazardous-areas", "/hazardous-areas/new", "/imports",
        "/land-release", "/map", "/not-found", "/operations/accreditations", "/operations/capacity", "/operations/quality", "/operations/tasks",
        "/organisations", "/organisations/new", "/people/accidents", "/people/assistance", "/people/risk-education", "/people/statistics",
        "/reports/article7", "/reports/land-release", "/resources/contributions", "/resources/funds", "/resources/projects", "/resources/reports",
        "/review", "/stockpiles",
    ];

    /// <summary>
    /// axe-core (Deque's accessibility engine, vendored from npm under EndToEnd/axe) on every page as an administrator, who sees them all:
    /// no serious or critical violation (contrast, labels, names, landmarks…).
    /// </summary>
    [Fact]
    public async Task Every_page_passes_axe_core_without_a_serious_or_critical_violation()
    {
        await OperatorHazardAsync("Accessibility check field", 101.1, 13.9); // the hazard list shows its type and review chips
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1400, Height = 1000 } });
        await context.RouteAsync(TileAddresses, route => route.AbortAsync()); // no internet here: the map falls back to the boundaries
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await SignInAsync(page, "admin@tarsenia.example");
        var axe = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "EndToEnd", "axe", "axe.min.js"));
        var violations = new List<string>();
        foreach (var path in Pages)
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.Locator("h1, .mud-typography-h4").First).ToBeVisibleAsync();
            // Quiet network: the page's data and map layers are in (slower when the machine is busy with the other test classes).
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new PageWaitForLoadStateOptions { Timeout = 45_000 });
            await page.EvaluateAsync(axe);
            var found = await page.EvaluateAsync<string[]>("""
                async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => `${v.id} (${v.impact}) on ${v.nodes.length} element(s): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)
                """);
            violations.AddRange(found.Select(f => $"{path}: {f}"));
        }

        await context.CloseAsync();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
