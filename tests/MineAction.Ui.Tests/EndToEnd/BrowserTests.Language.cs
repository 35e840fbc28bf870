using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MineAction.Ui.Tests.EndToEnd;

public sealed partial class BrowserTests
{
    /// <summary>
    /// The language menu in the app bar (issue #18, item 6): Arabic lays the page out right to left with a translated navigation, French
    /// translates it left to right, and English comes back — each time on the same page, the choice kept for the next page.
    /// </summary>
    [Fact]
    public async Task The_interface_switches_to_Arabic_right_to_left_then_to_French_and_back()
    {
        await OperatorHazardAsync("Dates in every language", 100.6, 13.5); // the hazard list shows its recorded date
        await _page.GotoAsync("/hazardous-areas");
        var html = _page.Locator("html");
        var navigation = _page.Locator(".mud-navmenu").First;
        await Assertions.Expect(html).ToHaveAttributeAsync("dir", "ltr");

        await ChooseLanguageAsync("ar");
        await Assertions.Expect(html).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(html).ToHaveAttributeAsync("lang", "ar");
        await Assertions.Expect(_page).ToHaveURLAsync(new Regex("/hazardous-areas$"));
        await Assertions.Expect(navigation).ToContainTextAsync("المناطق الخطرة");
        await Assertions.Expect(_page.Locator(".mud-application-layout-rtl")).ToHaveCountAsync(1);
        await Assertions.Expect(_page.Locator("[data-testid=sign-out]")).ToHaveTextAsync("تسجيل الخروج");
        await _page.GotoAsync("/organisations");
        await Assertions.Expect(html).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(_page.Locator("tbody")).ToContainTextAsync("مكافحة الألغام"); // an organisation's sector
        Assert.Equal(0, await _page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - innerWidth")); // nothing sideways
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = MineAction.Testing.Repository.Artefact("arabic.png") });

        await ChooseLanguageAsync("fr");
        await Assertions.Expect(html).ToHaveAttributeAsync("dir", "ltr");
        await Assertions.Expect(html).ToHaveAttributeAsync("lang", "fr");
        await Assertions.Expect(navigation).ToContainTextAsync("Zones dangereuses");
        await Assertions.Expect(navigation).ToContainTextAsync("Éducation aux risques");
        await Assertions.Expect(_page.Locator("tbody")).ToContainTextAsync("Action contre les mines"); // an organisation's sector
        await _page.GotoAsync("/hazardous-areas");
        await Assertions.Expect(_page.Locator("h1, .mud-typography-h4").First).ToHaveTextAsync("Zones dangereuses");
        await Assertions.Expect(_page.Locator("[data-testid=register]")).ToContainTextAsync("Enregistrer une zone dangereuse");
        await Assertions.Expect(_page.Locator("thead")).ToContainTextAsync("Superficie");
        // Dates in French: "3 avr. 2024", never the ISO form the API and exports keep.
        await Assertions.Expect(_page.Locator("tbody tr").First).ToContainTextAsync(FrenchDay());
        Assert.DoesNotMatch(IsoDay(), await _page.Locator("tbody").InnerTextAsync());

        await ChooseLanguageAsync("en");
        await Assertions.Expect(html).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(navigation).ToContainTextAsync("Hazardous areas");
        await Assertions.Expect(_page).ToHaveURLAsync(new Regex("/hazardous-areas$"));
        await Assertions.Expect(_page.Locator("tbody tr").First).ToContainTextAsync(EnglishDay());
    }

    [GeneratedRegex(@"\b\d{1,2} (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.) \d{4}\b")]
    private static partial Regex FrenchDay();

    [GeneratedRegex(@"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b")]
    private static partial Regex EnglishDay();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDay();

    private async Task ChooseLanguageAsync(string language)
    {
        await _page.Locator("[data-testid=language] button").ClickAsync();
        await _page.Locator($"[data-testid=language-{language}]").ClickAsync();
        await Assertions.Expect(_page.Locator("[data-testid=app-title]")).ToBeVisibleAsync();
    }
}
