using Microsoft.Playwright;

namespace MineAction.Ui.Tests.EndToEnd;

public sealed partial class BrowserTests
{
    [Fact]
    public async Task An_information_manager_uploads_a_csv_sees_its_problems_then_commits_the_corrected_file()
    {
        await _page.GotoAsync("/imports");
        await ChooseAsync("imp-type", "Organisations");
        await _page.Locator("input[type=file][data-testid=imp-file]").SetInputFilesAsync(new FilePayload
        {
            Name = "operators.csv", MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("name,acronym,type,country\nBrowser Demining,BRDX,Pirate,XTA\n"),
        });
        var first = _page.Locator("[data-testid=imp-row]").First;
        await Assertions.Expect(first).ToHaveAttributeAsync("data-state", "Invalid");
        await first.Locator("[data-testid=imp-problems-show]").ClickAsync();
        await Assertions.Expect(_page.Locator("[data-testid=imp-problems]")).ToContainTextAsync("IMPORT_CHOICE_UNKNOWN");

        await _page.Locator("input[type=file][data-testid=imp-file]").SetInputFilesAsync(new FilePayload
        {
            Name = "operators-fixed.csv", MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("name,acronym,type,country\nBrowser Demining,BRDX,NationalNgo,XTA\n"),
        });
        await Assertions.Expect(first).ToContainTextAsync("operators-fixed.csv");
        await Assertions.Expect(first).ToHaveAttributeAsync("data-state", "Valid");
        await first.Locator("[data-testid=imp-commit]").ClickAsync();
        await Assertions.Expect(first).ToHaveAttributeAsync("data-state", "Committed");
        await _page.GotoAsync("/organisations");
        await Assertions.Expect(_page.GetByText("Browser Demining")).ToBeVisibleAsync();
    }
}
