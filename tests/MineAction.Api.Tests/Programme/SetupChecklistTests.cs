using MineAction.Application.Programme;
using static MineAction.Api.Tests.Programme.ProgrammeSettingsApi;

namespace MineAction.Api.Tests.Programme;

/// <summary>A fresh installation starts with a set-up checklist that empties as the administrator names the programme and loads the country.</summary>
public sealed class SetupChecklistTests(FreshCountryApp app) : IClassFixture<FreshCountryApp>
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Geography", "Fixtures", name);

    [Fact]
    public async Task The_checklist_lists_what_is_missing_until_the_programme_is_set_up()
    {
        var admin = app.ClientForUser(FreshCountryApp.Administrator);
        var fresh = await admin.GetAsync<SetupChecklist.Checklist>("/api/v1/programme/setup-checklist");
        Assert.False(fresh.Complete);
        Assert.Equal(["programme", "provinces", "districts", "iati", "organisations"], fresh.Items.Where(i => i.Required && !i.Done).Select(i => i.Key));

        var (settings, _) = await ReadAsync(admin);
        Assert.Equal(("", "USD", 13), (settings["name"]!.GetValue<string>(), settings["reportingCurrency"]!.GetValue<string>(),
            settings["defaultClearanceDepthCm"]!.GetValue<int>()));
        var named = await ChangeAsync(admin, s =>
        {
            (s["name"], s["countryCode"], s["reportingCurrency"]) = ("Veloria Mine Action Centre", "XVL", "EUR");
            (s["iatiRecipientCountry"], s["iatiReportingOrgRef"]) = ("KH", "XM-DAC-41114");
        });
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        // The country comes from the settings: the first boundaries need no --country any more.
        Assert.Equal(0, (await app.CliAsync("setup", "boundaries", "--level", "1", Fixture("veloria_adm1_shp.zip"))).Exit);
        Assert.Equal(0, (await app.CliAsync("setup", "boundaries", "--level", "2", Fixture("veloria_adm2_shp.zip"))).Exit);
        await admin.PostAsync<JsonObject>("/api/v1/organisations", new { name = "Veloria Mine Action Centre", acronym = "VMAC", type = "Government", countryCode = "XVL" });

        var done = await admin.GetAsync<SetupChecklist.Checklist>("/api/v1/programme/setup-checklist");
        Assert.True(done.Complete, string.Join(", ", done.Items.Where(i => !i.Done).Select(i => i.Key)));
    }
}
