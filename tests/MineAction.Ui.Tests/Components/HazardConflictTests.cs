using MineAction.Web.Components.Pages.Hazards;
using MineAction.Web.Security;
using MudBlazor;

namespace MineAction.Ui.Tests.Components;

/// <summary>
/// Two people edit one hazardous area (issue #18, item 5): the second save is refused, and the page keeps the second person's input, names
/// the fields where it differs from the version saved meanwhile, and lets them save over it or load it.
/// </summary>
public sealed class HazardConflictTests(UiDatabase database)
    : PageTests(database, "im@tarsenia.example", Roles.InformationManager, Policies.Reader, Policies.DataEntry, Policies.Reviewer)
{
    private async Task<IRenderedComponent<HazardDetail>> EditedMeanwhileAsync(Guid hazard)
    {
        Ctx.Render<MudPopoverProvider>();
        var page = Ctx.Render<HazardDetail>(p => p.Add(d => d.Id, hazard));
        page.WaitForAssertion(() => Assert.Equal("Shared field", page.Find("input[data-testid=name]").GetAttribute("value")), TimeSpan.FromSeconds(10));
        page.Find("input[data-testid=name]").Change("My name for it");

        // Someone else saves first (a new row version).
        await using (var db = MineAction.Migrations.Cli.CreateContext(Database.ConnectionString))
        {
            await Testing.DbScalar.OfAsync<int>(db,
                $"UPDATE hazardous_areas SET name = 'Their name for it', updated_by = 'qm@tarsenia.example' WHERE id = '{hazard}' RETURNING 1");
        }

        page.Find("[data-testid=save]").Click();
        page.WaitForAssertion(() => Assert.Contains("differs from theirs in: Name.", page.Find("[data-testid=conflict]").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));
        Assert.Contains("qm@tarsenia.example", page.Find("[data-testid=conflict]").TextContent, StringComparison.Ordinal);
        Assert.Equal("My name for it", page.Find("input[data-testid=name]").GetAttribute("value"));
        return page;
    }

    private string NameInDatabase(Guid hazard)
    {
        using var db = MineAction.Migrations.Cli.CreateContext(Database.ConnectionString);
        return db.HazardousAreas.Single(h => h.Id == hazard).Name;
    }

    [Fact]
    public async Task A_stale_save_keeps_the_input_names_the_differences_and_a_second_save_replaces_their_version()
    {
        var hazard = UiRecords.Sha(Database, approved: true, "Shared field");
        var page = await EditedMeanwhileAsync(hazard);
        Assert.Equal("Their name for it", NameInDatabase(hazard));

        page.Find("[data-testid=save]").Click();
        page.WaitForAssertion(() => Assert.Equal("My name for it", NameInDatabase(hazard)), TimeSpan.FromSeconds(10));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=conflict]")));
    }

    [Fact]
    public async Task Their_version_can_be_loaded_instead()
    {
        var hazard = UiRecords.Sha(Database, approved: true, "Shared field");
        var page = await EditedMeanwhileAsync(hazard);
        page.Find("[data-testid=load-theirs]").Click();
        page.WaitForAssertion(() => Assert.Equal("Their name for it", page.Find("input[data-testid=name]").GetAttribute("value")));
        Assert.Empty(page.FindAll("[data-testid=conflict]"));
    }
}

/// <summary>The same for an organisation: the stale save keeps the input and names the differing fields.</summary>
public sealed class OrganisationConflictTests(UiDatabase database)
    : PageTests(database, "im@tarsenia.example", Roles.InformationManager, Policies.Reader, Policies.Reviewer)
{
    [Fact]
    public async Task A_stale_save_keeps_the_input_and_names_the_differences()
    {
        Guid halo;
        await using (var db = MineAction.Migrations.Cli.CreateContext(Database.ConnectionString))
        {
            halo = db.Organisations.Single(o => o.Acronym == "HALO").Id;
        }

        Ctx.Render<MudPopoverProvider>();
        var page = Ctx.Render<MineAction.Web.Components.Pages.Organisations.OrganisationEdit>(p => p.Add(e => e.Id, halo));
        page.WaitForAssertion(() => Assert.Equal("The HALO Trust", page.Find("input[data-testid=name]").GetAttribute("value")), TimeSpan.FromSeconds(10));
        page.Find("input[data-testid=name]").Change("HALO Trust (Tarsenia)");
        await using (var db = MineAction.Migrations.Cli.CreateContext(Database.ConnectionString))
        {
            await Testing.DbScalar.OfAsync<int>(db, $"UPDATE organisations SET iati_identifier = 'XM-DAC-99999', updated_by = 'qm@tarsenia.example' WHERE id = '{halo}' RETURNING 1");
        }

        page.Find("[data-testid=save]").Click();
        page.WaitForAssertion(() => Assert.True(page.Find("[data-testid=conflict]").TextContent.Contains("differs from theirs in: Name, IATI organisation identifier.",
            StringComparison.Ordinal), page.Find("[data-testid=conflict]").TextContent), TimeSpan.FromSeconds(10));
        Assert.Equal("HALO Trust (Tarsenia)", page.Find("input[data-testid=name]").GetAttribute("value"));
    }
}
