using System.Net.Http.Json;
using Microsoft.Playwright;

namespace MineAction.Ui.Tests.EndToEnd;

public sealed partial class BrowserTests
{
    [Fact]
    public async Task A_donor_reporting_officer_records_a_fund_a_project_and_money_and_sees_the_report()
    {
        var t = await MineAction.Testing.Tarsenia.LoadAsync(app);
        var im = app.ClientFor(MineAction.Application.Security.Roles.InformationManager);
        var session = await im.PostAsJsonAsync("/api/v1/eore-sessions", new
        {
            heldOn = "2024-04-11", location = new { type = "Point", coordinates = t.Centre(t.Veyra) }, provinceId = t.Veyra, organisationId = t.Halo,
            method = "Interpersonal", audience = "School", beneficiaries = new { girls = 13, boys = 11, women = 9, men = 7 },
            withDisabilities = new { girls = 0, boys = 0, women = 0, men = 0 },
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, session.StatusCode);

        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1400, Height = 1200 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await SignInAsync(page, "donor@tarsenia.example");

        await page.GotoAsync("/resources/funds");
        await EnterAsync(page, "fund-name", "E2E Pooled Fund");
        await ChooseAsync(page, "fund-kind", "Pooled fund");
        await ChooseAsync(page, "fund-manager", "UNDP");
        await page.Locator("[data-testid=fund-create]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=funds]")).ToContainTextAsync("E2E Pooled Fund");
        await EnterAsync(page, "rate-csv", "CHF,2024-01-02,1.17\nCHF,2024-13-01,1.1");
        await page.Locator("[data-testid=rate-import]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=rate-message]")).ToContainTextAsync("Line 2");
        await EnterAsync(page, "rate-csv", "CHF,2024-01-02,1.17");
        await page.Locator("[data-testid=rate-import]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=rate-message]")).ToContainTextAsync("1 rates imported");

        await page.GotoAsync("/resources/projects");
        await EnterAsync(page, "prj-code", "E2E-001");
        await EnterAsync(page, "prj-title", "Risk education in Veyra schools");
        await ChooseAsync(page, "prj-implementer", "HALO");
        await FillDateAsync(page, "prj-start", "2024-01-01");
        await FillDateAsync(page, "prj-end", "2025-12-31");
        await EnterAsync(page, "prj-budget", "50000");
        await page.Locator("[data-testid=prj-create]").ClickAsync();
        await Assertions.Expect(page.GetByText("E2E-001 · Risk education in Veyra schools")).ToBeVisibleAsync();
        await ChooseAsync(page, "link-kind", "Eore session");
        await page.Locator("input[data-testid=link-target]").FillAsync("Veyra");
        await page.Locator(".mud-popover-open .mud-list-item").GetByText("2024-04-11 · Veyra · HALO · 40 people").ClickAsync();
        await Assertions.Expect(page.Locator("input[data-testid=link-target]")).ToHaveAttributeAsync("data-value", "2024-04-11 · Veyra · HALO · 40 people");
        await page.Locator("[data-testid=link-add]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=project-outputs]")).ToContainTextAsync("40 (13 / 11 / 9 / 7)");
        await page.GetByText("Edit project").ClickAsync();
        await FillDateAsync(page, "edit-end", "2023-06-30");
        await page.Locator("[data-testid=edit-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=edit-error]")).ToBeVisibleAsync();
        await FillDateAsync(page, "edit-end", "2026-06-30");
        await page.Locator("[data-testid=edit-save]").ClickAsync();
        await Assertions.Expect(page.GetByText("1 Jan 2024 – 30 Jun 2026")).ToBeVisibleAsync();

        await page.GotoAsync("/resources/contributions");
        await ChooseAsync(page, "con-donor", "EU");
        await ChooseAsync(page, "con-fund", "E2E Pooled Fund");
        await ChooseAsync(page, "con-project", "E2E-001");
        await EnterAsync(page, "con-reference", "EU-E2E-2024");
        await EnterAsync(page, "con-currency", "CHF");
        await EnterAsync(page, "con-amount", "1000");
        await EnterAsync(page, "con-from", "2024");
        await EnterAsync(page, "con-to", "2026");
        await page.Locator("[data-testid=con-create]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=schedule]")).ToContainTextAsync("333.34");

        await ChooseAsync(page, "tx-type", "Incoming funds");
        await FillDateAsync(page, "tx-date", "2024-02-01");
        await EnterAsync(page, "tx-amount", "500");
        await page.Locator("[data-testid=tx-record]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=transactions]")).ToContainTextAsync("585.00");
        await ChooseAsync(page, "tx-type", "Disbursement");
        await EnterAsync(page, "tx-amount", "600");
        await page.Locator("[data-testid=tx-record]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=tx-error]")).ToContainTextAsync("cannot disburse");
        await page.GetByText("Amend the agreement").ClickAsync();
        await EnterAsync(page, "amend-amount", "1200");
        await EnterAsync(page, "amend-tranches", "2024: 400; 2025: 400; 2026: 400");
        await page.Locator("[data-testid=amend-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=schedule]")).Not.ToContainTextAsync("333.34");
        await Assertions.Expect(page.GetByText("EU → E2E Pooled Fund: 1,200.00 CHF")).ToBeVisibleAsync();

        await page.GotoAsync("/resources/reports");
        await FillDateAsync(page, "rep-from", "2024-01-01");
        await FillDateAsync(page, "rep-to", "2024-12-31");
        await page.Locator("[data-testid=rep-run]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=rep-money]")).ToContainTextAsync("CHF");
        await Assertions.Expect(page.Locator("[data-testid=rep-money]")).ToContainTextAsync("585.00");
        var iati = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=rep-iati]").ClickAsync());
        Assert.Equal("iati-activities-2024-01-01-2024-12-31.xml", iati.SuggestedFilename);
        Assert.Contains("<iati-activities", await File.ReadAllTextAsync(await iati.PathAsync()));
        await page.GotoAsync("/resources/contributions");
        await ChooseAsync(page, "con-donor", "GoJ");
        await ChooseAsync(page, "con-fund", "E2E Pooled Fund");
        await EnterAsync(page, "con-reference", "GOJ-E2E-TRANCHES");
        await EnterAsync(page, "con-amount", "200");
        await EnterAsync(page, "con-tranches", "2025: 100; 2026: 50");
        await page.Locator("[data-testid=con-create]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=con-error]")).ToContainTextAsync("adds up to the agreed amount");
        await EnterAsync(page, "con-tranches", "2025: 150; 2026: 50");
        await page.Locator("[data-testid=con-create]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=schedule]")).ToContainTextAsync("150.00");

        await page.GotoAsync("/resources/projects");
        await Assertions.Expect(page.Locator("[data-testid=projects]")).ToContainTextAsync("E2E-001");
        await page.GetByText("E2E-001").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=project-outputs]")).ToBeVisibleAsync();
        await context.CloseAsync();
    }
}
