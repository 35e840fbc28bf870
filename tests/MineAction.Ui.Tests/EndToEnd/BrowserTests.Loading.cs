using Microsoft.Playwright;

namespace MineAction.Ui.Tests.EndToEnd;

public sealed partial class BrowserTests
{
    /// <summary>
    /// Until the interactive app has started and drawn its layout the window shows a placeholder (issue #18, item 8), not a blank page:
    /// Blazor's script is held back here, as a slow link would.
    /// </summary>
    [Fact]
    public async Task A_placeholder_shows_until_the_app_has_drawn_its_layout()
    {
        var release = new TaskCompletionSource();
        await _page.RouteAsync("**/_framework/blazor.web.js", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        await _page.GotoAsync("/hazardous-areas", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(_page.Locator("[data-testid=app-loading]")).ToBeVisibleAsync();
        await Assertions.Expect(_page.Locator("[data-testid=app-loading]")).ToContainTextAsync("Loading MineAction");

        release.SetResult();
        await Assertions.Expect(_page.Locator("[data-testid=app-title]")).ToBeVisibleAsync();
        await Assertions.Expect(_page.Locator("[data-testid=app-loading]")).ToBeHiddenAsync();
        await _page.UnrouteAsync("**/_framework/blazor.web.js");
    }
}
