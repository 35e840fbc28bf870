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
        var hazard = OpenSha();
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

    /// <summary>An open SHA in lower Kandara (the template has no hazards): one a data entry user could confirm as CHA and mark.</summary>
    private Guid OpenSha()
    {
        using var db = MineAction.Migrations.Cli.CreateContext(Database.ConnectionString);
        var (lon, lat) = Testing.Builders.Ledger.NextCell();
        var corner = Domain.Hazards.HazardGeometry.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(lon, lat));
        var district = db.AdminAreas.Single(a => a.Level == 2 && a.Boundary.Covers(corner));
        var hazard = new Domain.Hazards.HazardousArea("XTA", Domain.Hazards.HazardGeometry.Factory.ToGeometry(new NetTopologySuite.Geometries.Envelope(lon, lon + 0.005, lat, lat + 0.005)),
            new Domain.Hazards.HazardAttributes("Read-only field", district.ParentId!.Value, district.Id, db.Organisations.Single(o => o.Acronym == "HALO").Id,
                [Domain.Hazards.DeviceCategory.AntiPersonnelMine], Domain.Hazards.Evidence.Direct, [], new Domain.Common.Sadd(0, 0, 0, 0),
                new Domain.Common.Sadd(0, 0, 0, 0), new DateOnly(2024, 1, 1), null, null), new DateOnly(2026, 1, 1));
        hazard.Approve("im@tarsenia.example", DateTimeOffset.UtcNow, "Checked"); // a viewer reads approved records only
        db.HazardousAreas.Add(hazard);
        db.SaveChanges();
        return hazard.Id;
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
