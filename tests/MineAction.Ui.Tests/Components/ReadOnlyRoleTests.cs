using MineAction.Web.Components.Pages.Hazards;
using MineAction.Web.Components.Pages.Organisations;
using MineAction.Web.Security;
using MudBlazor;

namespace MineAction.Ui.Tests.Components;

/// <summary>
/// A viewer (or donor) reads hazardous areas and organisations but is offered no Register or Save the API would refuse (issue #18, item 5):
/// the fields are disabled as one, the register page says who registers, and the confirm and marking panels are not there.
/// </summary>
public sealed class ReadOnlyRoleTests(UiDatabase database) : PageTests(database, "viewer@tarsenia.example", Roles.Viewer, Policies.Reader)
{
    [Fact]
    public void The_hazard_list_offers_a_viewer_no_register_button()
    {
        Ctx.Render<MudPopoverProvider>();
        var page = Ctx.Render<HazardList>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("tbody tr")), TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[data-testid=register]"));
    }

    [Fact]
    public void A_hazard_is_shown_to_a_viewer_read_only_and_the_register_page_says_who_registers()
    {
        var hazard = UiRecords.Sha(Database, approved: true);
        Ctx.Render<MudPopoverProvider>();
        var page = Ctx.Render<HazardDetail>(p => p.Add(d => d.Id, hazard));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=code]")), TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[data-testid=save]"));
        Assert.NotNull(page.Find("[data-testid=read-only]"));
        Assert.True(page.Find("fieldset.record-fields").HasAttribute("disabled"));
        Assert.Empty(page.FindAll("input[type=file]"));
        Assert.DoesNotContain("Confirm as CHA", page.Markup, StringComparison.Ordinal);

        var register = Ctx.Render<HazardDetail>();
        register.WaitForAssertion(() => Assert.NotNull(register.Find("[data-testid=read-only]")), TimeSpan.FromSeconds(10));
        Assert.Empty(register.FindAll("form"));
    }

    [Fact]
    public void An_organisation_is_shown_to_a_viewer_without_a_save_button()
    {
        using var db = MineAction.Migrations.Cli.CreateContext(Database.ConnectionString);
        var halo = db.Organisations.Single(o => o.Acronym == "HALO").Id;
        Ctx.Render<MudPopoverProvider>();
        var page = Ctx.Render<OrganisationEdit>(p => p.Add(e => e.Id, halo));
        page.WaitForAssertion(() => Assert.Contains("The HALO Trust", page.Find("input[data-testid=name]").GetAttribute("value") ?? "", StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[data-testid=save]"));
        Assert.NotNull(page.Find("[data-testid=read-only]"));
    }
}

/// <summary>The same pages for data entry staff: the register button, the form's fields and Save are theirs.</summary>
public sealed class DataEntryRoleTests(UiDatabase database)
    : PageTests(database, "operator.halo@tarsenia.example", Roles.OperatorDataEntry, Policies.Reader, Policies.DataEntry)
{
    [Fact]
    public void Data_entry_staff_are_offered_register_and_save()
    {
        Ctx.Render<MudPopoverProvider>();
        var list = Ctx.Render<HazardList>();
        list.WaitForAssertion(() => Assert.NotNull(list.Find("[data-testid=register]")), TimeSpan.FromSeconds(10));
        var register = Ctx.Render<HazardDetail>();
        register.WaitForAssertion(() => Assert.NotNull(register.Find("[data-testid=save]")), TimeSpan.FromSeconds(10));
        Assert.False(register.Find("fieldset.record-fields").HasAttribute("disabled"));
        Assert.Empty(register.FindAll("[data-testid=read-only]"));
    }
}
