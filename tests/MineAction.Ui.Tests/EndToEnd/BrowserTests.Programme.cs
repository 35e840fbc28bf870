using Microsoft.Playwright;

namespace MineAction.Ui.Tests.EndToEnd;

public sealed partial class BrowserTests
{
    [Fact]
    public async Task An_administrator_fixes_a_refused_iati_setting_and_adds_the_logo()
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1400, Height = 1200 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await SignInAsync(page, "admin@tarsenia.example");

        await page.GotoAsync("/admin/programme");
        var country = page.Locator("input[data-testid=ps-iati-country]");
        await Assertions.Expect(country).ToHaveValueAsync("TH");
        await country.FillAsync("XT");
        await country.PressAsync("Tab");
        await page.Locator("[data-testid=ps-save]").ClickAsync();
        await Assertions.Expect(page.GetByText("is not a code of the IATI Country codelist")).ToBeVisibleAsync();

        await country.FillAsync("TH");
        await country.PressAsync("Tab");
        await page.Locator("[data-testid=ps-save]").ClickAsync();
        await Assertions.Expect(page.GetByText("Programme settings saved.")).ToBeVisibleAsync();

        await page.Locator("input[type=file][data-testid=ps-logo-file]").SetInputFilesAsync(new FilePayload
        {
            Name = "logo.png", MimeType = "image/png",
            Buffer = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="),
        });
        await Assertions.Expect(page.Locator("img[data-testid=ps-logo]")).ToBeVisibleAsync();
        await context.CloseAsync();
    }
}
