using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.Stockpiles;
using MineAction.Domain.Hazards;
using MineAction.Domain.Stockpiles;
using MineAction.Web.Components.Pages.Reports;
using MineAction.Web.Components.Pages.Stockpiles;
using MineAction.Web.Security;
using MudBlazor;

namespace MineAction.Ui.Tests.Components;

/// <summary>The treaty reporting pages over the real use cases: figures open their records, editions are submitted, lots are listed and moved.</summary>
public sealed class TreatyReportPageTests(UiDatabase database) : PageTests(database, "im@tarsenia.example", Roles.InformationManager, Policies.Reviewer, Policies.DataEntry)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private async Task<LotDetailDto> LotAsync()
    {
        await using var scope = Ctx.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<Mediator.IMediator>();
        var halo = (await mediator.Send(new Application.Organisations.ListOrganisations.Query(PageSize: 500))).Items.Single(o => o.Acronym == "HALO").Id;
        return await mediator.Send(new RegisterLot.Command(DeviceCategory.AntiPersonnelMine, "PMN-2", $"UI-{Guid.NewGuid():N}", "Central depot", halo,
            LotPurpose.Stockpile, null, new DateOnly(2020, 1, 15), 250));
    }

    [Fact]
    public void A_figure_opens_its_records_and_a_submitted_edition_lists_no_change()
    {
        Ctx.Render<MudPopoverProvider>();
        var page = Ctx.Render<Article7Page>();
        page.WaitForAssertion(() => page.Find("[data-testid=a7-form-B]"), Wait);

        page.Find("[data-cell='B.total.quantity']").Click();
        page.WaitForAssertion(() => Assert.Contains("B.total.quantity", page.Find("[data-testid=cell-records]").TextContent), Wait);

        page.Find("[data-testid=a7-submit]").Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=a7-editions] tbody tr")), Wait);
        page.Find("[data-testid=a7-changes-1]").Click();
        page.WaitForAssertion(() => Assert.Contains("No figure has changed", page.Find("[data-testid=a7-change-list]").TextContent), Wait);
    }

    [Fact]
    public void The_land_release_table_shows_the_national_total_and_opens_a_figures_records()
    {
        Ctx.Render<MudPopoverProvider>();
        var page = Ctx.Render<LandReleaseTablePage>();
        page.WaitForAssertion(() => Assert.Contains("National total", page.Find("[data-testid=lr-table]").TextContent), Wait);

        page.Find("[data-cell='national.clearedM2']").Click();
        page.WaitForAssertion(() => Assert.Contains("0 records", page.Find("[data-testid=cell-records]").TextContent), Wait);
    }

    [Fact]
    public async Task A_lot_is_listed_with_its_movements_and_a_movement_without_quantity_is_refused()
    {
        var lot = await LotAsync();
        Ctx.Render<MudPopoverProvider>();
        var page = Ctx.Render<StockpilesPage>();
        page.WaitForAssertion(() => Assert.Contains(lot.Lot.LotNumber, page.Find("[data-testid=lots]").TextContent), Wait);

        page.FindAll("[data-testid=lots] tbody tr").Single(r => r.TextContent.Contains(lot.Lot.LotNumber, StringComparison.Ordinal))
            .QuerySelector("a")!.Click();
        page.WaitForAssertion(() => Assert.Contains("Declared", page.Find("[data-testid=lot-detail]").TextContent), Wait);
        page.Find("[data-testid=movement-record]").Click();
        page.WaitForAssertion(() => Assert.Contains("uantity", page.Find("[data-testid=movement-error]").TextContent), Wait);
    }
}
