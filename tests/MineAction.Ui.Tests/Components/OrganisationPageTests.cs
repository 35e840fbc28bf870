using MineAction.Infrastructure.Demo;
using MineAction.Web.Components.Pages.Organisations;
using MudBlazor;

namespace MineAction.Ui.Tests.Components;

/// <summary>The organisation pages rendered by bUnit over the real use cases and a real database.</summary>
public sealed class OrganisationPageTests(UiDatabase database) : PageTests(database, "im@tarsenia.example", Roles.InformationManager)
{
    [Fact]
    public void The_list_shows_organisations_from_the_database_sorted_by_name()
    {
        Ctx.Render<MudPopoverProvider>();
        var page = Ctx.Render<OrganisationList>();

        page.WaitForAssertion(() => Assert.Equal(DemoOrganisations.All.Length, page.FindAll("tbody tr").Count), TimeSpan.FromSeconds(10));
        var names = page.FindAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Contains("The HALO Trust", names);
        Assert.Contains($"1-{DemoOrganisations.All.Length} of {DemoOrganisations.All.Length}", page.Markup);
    }

    [Fact]
    public void Saving_shows_the_validators_messages_on_the_fields_and_writes_nothing()
    {
        Ctx.Render<MudPopoverProvider>();
        var page = Ctx.Render<OrganisationEdit>();

        page.Find("input[data-testid=name]").Change("Another Demining Group");
        page.Find("input[data-testid=acronym]").Change("HALO");
        page.Find("input[data-testid=country]").Change("GBR");
        page.Find("form").Submit();

        page.WaitForAssertion(() =>
        {
            Assert.Contains("Type must not be empty.", page.Markup);
            Assert.DoesNotContain("'type'", page.Markup, StringComparison.Ordinal);
            Assert.NotNull(page.Find("[data-testid=form-error]"));
        }, TimeSpan.FromSeconds(10));
        using var db = MineAction.Migrations.Cli.CreateContext(Database.ConnectionString);
        Assert.False(db.Organisations.Any(o => o.Name == "Another Demining Group"));
    }
}
