using Microsoft.Playwright;

namespace MineAction.Ui.Tests.EndToEnd;

public sealed partial class BrowserTests
{
    [Fact]
    public async Task An_information_manager_approves_a_submission_from_the_review_inbox()
    {
        await OperatorHazardAsync("Ulan ridge terraces", 100.7, 13.7);

        await _page.GotoAsync("/");
        const string Figures = "el => el.querySelector('canvas')?.getAttribute('aria-label') ?? el.textContent";
        var chart = _page.Locator("[data-testid=chart-contamination]");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        var before = await chart.EvaluateAsync<string>(Figures);
        await Assertions.Expect(_page.Locator("[data-testid=nav-review-count]")).ToBeVisibleAsync();
        await _page.Locator("[data-testid=nav-review]").ClickAsync();
        await _page.Locator("[data-testid=count-HazardousArea]").ClickAsync();
        await Assertions.Expect(_page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("kind=HazardousArea"));

        var row = _page.Locator("[data-testid=submissions] tbody tr", new() { HasText = "Ulan ridge terraces" });
        await row.Locator(".mud-checkbox").ClickAsync();
        await Assertions.Expect(_page.Locator("[data-testid=approve-selected]")).ToContainTextAsync("(1)");
        await _page.Locator("[data-testid=approve-selected]").ClickAsync();
        await Assertions.Expect(_page.GetByText("1 submission approved.")).ToBeVisibleAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0);

        // The dashboard counts the approved hazard: the remaining contamination chart (drawn by Chart.js) changes.
        await _page.Locator("a[href='/']").First.ClickAsync();
        var canvas = chart.Locator("canvas");
        await Assertions.Expect(canvas).ToBeVisibleAsync();
        Assert.NotEqual(before, await chart.EvaluateAsync<string>(Figures));
        Assert.True(await canvas.EvaluateAsync<bool>("c => Object.keys(window.mineActionCharts.charts).length >= 1 && c.width > 0"));
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = MineAction.Testing.Repository.Artefact("dashboard.png"), FullPage = true });
    }
}
