using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MineAction.Ui.Tests.EndToEnd;

public sealed partial class BrowserTests
{
    [Fact]
    public async Task Back_from_a_hazard_returns_to_the_list_as_it_was_filtered()
    {
        await OperatorHazardAsync("Kebo hillside", 100.9, 13.8);
        await _page.GotoAsync("/hazardous-areas?review=Submitted");
        var search = _page.GetByPlaceholder("Code, name or IMSMA id");
        await search.FillAsync("Kebo hillside");
        await Assertions.Expect(_page).ToHaveURLAsync(new Regex("search=Kebo"));
        await Assertions.Expect(_page.Locator("tbody tr")).ToHaveCountAsync(1);

        await _page.Locator("tbody tr", new() { HasText = "Kebo hillside" }).ClickAsync();
        await Assertions.Expect(_page).ToHaveURLAsync(new Regex("/hazardous-areas/[0-9a-f-]{36}$"));
        await _page.GoBackAsync();
        await Assertions.Expect(_page).ToHaveURLAsync(new Regex("review=Submitted"));
        await Assertions.Expect(search).ToHaveValueAsync("Kebo hillside");
        await Assertions.Expect(_page.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(_page.Locator("tbody tr")).ToContainTextAsync("Kebo hillside");
    }

    [Fact]
    public async Task The_keyboard_skips_to_the_content_and_opens_a_hazard_from_the_list()
    {
        await OperatorHazardAsync("Keyboard meadow", 101.1, 13.9);
        await _page.GotoAsync("/hazardous-areas?review=Submitted&search=Keyboard%20meadow");
        await Assertions.Expect(_page.Locator("tbody tr")).ToHaveCountAsync(1);

        // The programme's colour (the app's own until an administrator sets one) on the app bar, not MudBlazor's default purple.
        Assert.Equal("rgb(31, 78, 95)", await _page.Locator(".mud-appbar").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));

        await _page.Keyboard.PressAsync("Tab");
        var skip = _page.Locator("[data-testid=skip-link]");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();
        await _page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(_page.Locator("#main-content")).ToBeFocusedAsync();
        Assert.Contains("search=Keyboard", _page.Url, StringComparison.Ordinal);

        await _page.Locator("[data-testid=hazard-link]").FocusAsync();
        await _page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(_page).ToHaveURLAsync(new Regex("/hazardous-areas/[0-9a-f-]{36}$"));
        await _page.GoBackAsync();
        await Assertions.Expect(_page).ToHaveURLAsync(new Regex("search=Keyboard"));
    }
}
