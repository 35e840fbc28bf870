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
        var violations = await AxeWalkAsync(language: null);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    /// <summary>
    /// The same walk in Arabic (issue #18, item 6): laid out right to left, every page still passes axe-core and no page scrolls
    /// sideways — a right-to-left layout that overflows to the left is unreachable with a mouse.
    /// </summary>
    [Fact]
    public async Task Every_page_in_Arabic_passes_axe_core_and_fits_the_window_right_to_left()
    {
        var violations = await AxeWalkAsync(language: "ar");
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    /// <summary>Every page in <paramref name="language"/> (the browser's, English, when null): axe's serious and critical findings.</summary>
    private async Task<List<string>> AxeWalkAsync(string? language)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1400, Height = 1000 } });
        if (language is not null)
        {
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Url = app.BaseUrl }]);
        }

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
            try
            {
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new PageWaitForLoadStateOptions { Timeout = 45_000 });
            }
            catch (TimeoutException)
            {
                violations.Add($"{path}: the network was not quiet for 45 s");
                continue;
            }

            if (language is not null)
            {
                await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
                var sideways = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - innerWidth");
                if (sideways > 0)
                {
                    var outside = await page.EvaluateAsync<string[]>("""
                        () => [...document.querySelectorAll('body *')]
                            .map(e => [e, e.getBoundingClientRect()])
                            .filter(([e, r]) => r.width > 0 && (r.left < -1 || r.right > innerWidth + 1))
                            .slice(-4)
                            .map(([e, r]) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} [${Math.round(r.left)}, ${Math.round(r.right)}]`)
                        """);
                    violations.Add($"{path}: scrolls {sideways} px sideways ({string.Join(" | ", outside)})");
                }
            }

            await page.EvaluateAsync(axe);
            var found = await page.EvaluateAsync<string[]>("""
                async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => `${v.id} (${v.impact}) on ${v.nodes.length} element(s): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)
                """);
            violations.AddRange(found.Select(f => $"{path}: {f}"));
        }

        await context.CloseAsync();
        return violations;
    }
}
