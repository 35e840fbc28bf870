using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace MineAction.Ui.Tests.EndToEnd;

public sealed partial class BrowserTests
{
    [Fact]
    public async Task A_victim_assistance_officer_opens_a_case_from_the_accident_and_follows_it_to_closure()
    {
        var t = await MineAction.Testing.Tarsenia.LoadAsync(app);
        var va = app.ClientFor(MineAction.Application.Security.Roles.VictimAssistanceOfficer);
        var accident = JsonNode.Parse(await (await va.PostAsJsonAsync("/api/v1/accidents", new
        {
            occurredOn = "2024-03-10", location = new { type = "Point", coordinates = t.Centre(t.Mekhol) }, provinceId = t.Mekhol,
            deviceCategory = "AntiPersonnelMine", activityAtTime = "Farming", killed = 0, injured = 1,
        })).Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
        var casualty = JsonNode.Parse(await (await va.PostAsJsonAsync($"/api/v1/accidents/{accident}/casualties",
            new { sex = "Female", ageGroup = "Age18To59", outcome = "Injured", injuries = new[] { "LowerLimbAmputation" } })).Content.ReadAsStringAsync())!;
        var code = casualty["victimCode"]!.GetValue<string>();

        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1400, Height = 1200 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await SignInAsync(page, "va@tarsenia.example");
        await page.GotoAsync($"/people/accidents/{accident}");
        await ChooseAsync(page, "case-casualty", $"{code} (Injured)");
        await page.Locator("[data-testid=case-open]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=case-summary]")).ToContainTextAsync("Open");
        await Assertions.Expect(page.GetByText($"Case for {code} (survivor)")).ToBeVisibleAsync();

        await ChooseAsync(page, "service-provider", "NPRC (health and rehabilitation)");
        await ChooseAsync(page, "service-pillar", "Medical");
        await EnterAsync(page, "service-cost", "120");
        await page.Locator("[data-testid=service-record]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=services]")).ToContainTextAsync("NPRC");
        await Assertions.Expect(page.Locator("[data-testid=case-summary]")).ToContainTextAsync("Active");

        await ChooseAsync(page, "referral-provider", "TLSA (social and economic inclusion)");
        await ChooseAsync(page, "referral-pillar", "Rehabilitation");
        await page.Locator("[data-testid=referral-add]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=referrals]")).ToContainTextAsync("Open");
        await page.Locator("[data-testid=referral-Accepted]").ClickAsync();
        await page.Locator("[data-testid=referral-Completed]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=referrals]")).ToContainTextAsync("Completed");

        await page.Locator("[data-testid=close-case]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=case-error]")).ToContainTextAsync("Say why the case is closed");
        await EnterAsync(page, "close-reason", "Fitted with a prosthesis and back at work");
        await page.Locator("[data-testid=close-case]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=case-summary]")).ToContainTextAsync("Closed");
        await Assertions.Expect(page.Locator("[data-testid=service-record]")).ToHaveCountAsync(0);

        await page.GotoAsync("/people/assistance");
        await Assertions.Expect(page.Locator("[data-testid=cases]")).ToContainTextAsync(code);
        await context.CloseAsync();
    }
}
