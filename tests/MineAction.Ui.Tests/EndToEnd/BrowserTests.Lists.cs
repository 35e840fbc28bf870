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
}
