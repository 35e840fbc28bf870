using Microsoft.EntityFrameworkCore;
using MineAction.Web.Components.Pages.Admin;
using MineAction.Web.Components.Shared;
using MudBlazor;

namespace MineAction.Ui.Tests.Components;

/// <summary>The administrator's programme settings page and the home page's set-up checklist (bUnit over the real use cases and database).</summary>
public sealed class ProgrammeSettingsPageTests(UiDatabase database) : PageTests(database, "admin@tarsenia.example", Roles.Administrator)
{
    private string Stored(Func<Domain.Programme.ProgrammeSettings, string> value)
    {
        using var db = MineAction.Migrations.Cli.CreateContext(Database.ConnectionString);
        return value(db.ProgrammeSettings.AsNoTracking().Single());
    }

    [Fact]
    public void A_refused_value_is_shown_on_its_field_and_a_good_one_is_saved()
    {
        Ctx.Render<MudPopoverProvider>();
        var page = Ctx.Render<ProgrammeSettingsPage>();
        page.WaitForAssertion(() => Assert.Equal("Tarsenia National Mine Action Programme", page.Find("input[data-testid=ps-name]").GetAttribute("value")),
            TimeSpan.FromSeconds(10));

        page.Find("input[data-testid=ps-iati-country]").Change("XT");
        page.Find("form").Submit();
        page.WaitForAssertion(() => Assert.Contains("is not a code of the IATI Country codelist", page.Markup), TimeSpan.FromSeconds(10));
        Assert.Equal("TH", Stored(s => s.IatiRecipientCountry));

        page.Find("input[data-testid=ps-iati-country]").Change("KH");
        page.Find("input[data-testid=ps-currency]").Change("eur");
        page.Find("form").Submit();
        page.WaitForAssertion(() => Assert.Equal("EUR", Stored(s => s.ReportingCurrency)), TimeSpan.FromSeconds(10));
        Assert.Equal("KH", Stored(s => s.IatiRecipientCountry));
    }

    [Fact]
    public void The_checklist_shows_while_the_programme_is_unnamed()
    {
        Name(string.Empty);
        try
        {
            var card = Ctx.Render<SetupChecklistCard>();
            card.WaitForAssertion(() => Assert.Equal("False", card.Find("[data-testid=setup-programme]").GetAttribute("data-done")), TimeSpan.FromSeconds(10));
            Assert.Equal("True", card.Find("[data-testid=setup-provinces]").GetAttribute("data-done"));
        }
        finally
        {
            Name("Tarsenia National Mine Action Programme");
        }
    }

    private void Name(string name)
    {
        using var db = MineAction.Migrations.Cli.CreateContext(Database.ConnectionString);
        db.Database.ExecuteSql($"UPDATE programme_settings SET name = {name}");
    }
}
