using Microsoft.EntityFrameworkCore;
using MineAction.Web.Components.Pages.Hazards;
using MineAction.Web.Security;
using MudBlazor;

namespace MineAction.Ui.Tests.Components;

/// <summary>
/// While a record page or a list reads what it shows, it shows a placeholder (issue #18, item 8) — not a blank area, and not the empty form a
/// hazard page used to show (headed "Register hazardous area") until its hazard arrived. The read is held back by a table lock.
/// </summary>
public sealed class LoadingPlaceholderTests(UiDatabase database)
    : PageTests(database, "im@tarsenia.example", Roles.InformationManager, Policies.Reader, Policies.DataEntry, Policies.Reviewer)
{
    [Fact]
    public async Task A_hazard_page_shows_a_placeholder_until_its_hazard_is_read()
    {
        var hazard = UiRecords.Sha(Database, approved: true, "Slowly read field");
        await using var db = MineAction.Migrations.Cli.CreateContext(Database.ConnectionString);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE hazardous_areas IN ACCESS EXCLUSIVE MODE");
            Ctx.Render<MudPopoverProvider>();
            var page = Ctx.Render<HazardDetail>(p => p.Add(d => d.Id, hazard));
            page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=loading]")), TimeSpan.FromSeconds(10));
            Assert.DoesNotContain("Register hazardous area", page.Markup, StringComparison.Ordinal);
            Assert.Empty(page.FindAll("input[data-testid=name]"));

            await transaction.RollbackAsync();
            page.WaitForAssertion(() => Assert.Equal("Slowly read field", page.Find("input[data-testid=name]").GetAttribute("value")), TimeSpan.FromSeconds(10));
            Assert.Empty(page.FindAll("[data-testid=loading]"));
        }
    }

    [Fact]
    public async Task A_list_shows_placeholder_rows_not_its_empty_message_while_it_is_read()
    {
        await using var db = MineAction.Migrations.Cli.CreateContext(Database.ConnectionString);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE organisations IN ACCESS EXCLUSIVE MODE");
            Ctx.Render<MudPopoverProvider>();
            var page = Ctx.Render<MineAction.Web.Components.Pages.Organisations.OrganisationList>();
            page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("table .mud-skeleton")), TimeSpan.FromSeconds(10));
            Assert.DoesNotContain("No organisation matches", page.Markup, StringComparison.Ordinal);

            await transaction.RollbackAsync();
            page.WaitForAssertion(() => Assert.Contains("HALO", page.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
            Assert.Empty(page.FindAll("table .mud-skeleton"));
        }
    }
}
