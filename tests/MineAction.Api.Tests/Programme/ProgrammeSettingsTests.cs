using MineAction.Application.Programme;
using Microsoft.EntityFrameworkCore;
using MineAction.Api.Tests.Resources;
using static MineAction.Api.Tests.Programme.ProgrammeSettingsApi;

namespace MineAction.Api.Tests.Programme;

/// <summary>The programme's settings live in the database: administrators change them (audited, If-Match, every value checked); the rest read them.</summary>
public sealed class ProgrammeSettingsTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private HttpClient Admin => app.ClientFor(Roles.Administrator);

    [Fact]
    public async Task The_demo_holds_tarsenias_settings_and_every_role_reads_them()
    {
        var settings = await app.ClientFor(Roles.DonorReporting).GetAsync<JsonObject>(Url);
        Assert.Equal("Tarsenia National Mine Action Programme", settings["name"]!.GetValue<string>());
        Assert.Equal("XTA", settings["countryCode"]!.GetValue<string>());
        Assert.Equal("TH", settings["iatiRecipientCountry"]!.GetValue<string>());
        Assert.Equal("XI-IATI-NMAA-TARSENIA", settings["iatiReportingOrgRef"]!.GetValue<string>());
        Assert.Equal(13, settings["defaultClearanceDepthCm"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_administrator_changes_them_with_if_match_and_the_change_is_audited()
    {
        var changed = await ChangeAsync(Admin, s => (s["reportingCurrency"], s["priorityPerAccidentNearby"]) = ("EUR", 7.5));
        var saved = await changed.ReadAsync<JsonObject>();
        Assert.Equal("EUR", saved["reportingCurrency"]!.GetValue<string>());
        Assert.Equal(7.5, saved["priorityPerAccidentNearby"]!.GetValue<double>());

        var audit = await app.ClientFor(Roles.QualityManager).GetAsync<JsonObject>("/api/v1/audit?entity=ProgrammeSettings");
        var entry = audit["items"]!.AsArray().First()!;
        Assert.Contains("\"reportingCurrency\"", entry.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("EUR", entry.ToJsonString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await ChangeAsync(Admin, s => s["reportingCurrency"] = "USD")).StatusCode);
    }

    [Fact]
    public async Task Without_if_match_stale_or_not_an_administrator_nothing_changes()
    {
        var (settings, etag) = await ReadAsync(Admin);
        Editable(settings)["name"] = "Changed";
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await Admin.PutJsonAsync(Url, settings, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientFor(Roles.InformationManager).PutJsonAsync(Url, settings, etag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ChangeAsync(Admin, s => s["priorityPerLandUseBlocked"] = 2.5)).StatusCode); // someone saves first
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Admin.PutJsonAsync(Url, settings, etag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ChangeAsync(Admin, s => s["priorityPerLandUseBlocked"] = 2.0)).StatusCode);
        Assert.Equal("Tarsenia National Mine Action Programme", (await ReadAsync(Admin)).Settings["name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientFor(Roles.InformationManager).GetAsync("/api/v1/programme/setup-checklist")).StatusCode);
        Assert.True((await Admin.GetAsync<SetupChecklist.Checklist>("/api/v1/programme/setup-checklist")).Complete); // the demo is set up
    }

    [Fact]
    public async Task The_programme_colour_is_the_app_s_own_until_given_and_keeps_white_text_readable()
    {
        Assert.Equal("#1F4E5F", (await ReadAsync(Admin)).Settings["colour"]!.GetValue<string>());
        var saved = await (await ChangeAsync(Admin, s => s["colour"] = "#7a1f1f")).ReadAsync<JsonObject>();
        Assert.Equal("#7A1F1F", saved["colour"]!.GetValue<string>());
        Assert.Equal("#7A1F1F", (await app.ClientFor(Roles.Viewer).GetAsync<JsonObject>(Url))["colour"]!.GetValue<string>());
        Assert.Equal("#1F4E5F", (await (await ChangeAsync(Admin, s => s["colour"] = "")).ReadAsync<JsonObject>())["colour"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("countryCode", "XX", "ISO 3166-1 alpha-3")]
    [InlineData("reportingCurrency", "ABC", "ISO 4217")]
    [InlineData("defaultClearanceDepthCm", 0, "between 1 and 500")]
    [InlineData("priorityPerLandUseBlocked", -1.0, "between 0 and 100")]
    [InlineData("name", "", "must not be empty")]
    [InlineData("iatiRecipientCountry", "XT", "is not a code of the IATI Country codelist")]
    [InlineData("iatiRecipientCountry", "AN", "is withdrawn from the IATI Country codelist")]
    [InlineData("iatiReportingOrgRef", "XM-XTA-NMAA", "does not start with a registration agency")]
    [InlineData("iatiReportingOrgType", 99, "is not a code of the IATI OrganisationType codelist")]
    [InlineData("iatiAdminVocabulary", "Z9", "is not a code of the IATI GeographicVocabulary codelist")]
    [InlineData("iatiRecipientRegion", "999", "is not a code of the IATI Region codelist")]
    [InlineData("iatiRecipientRegion", "789", "country or the region, not both")]
    [InlineData("colour", "blue", "#RRGGBB")]
    [InlineData("colour", "#FFD54F", "hard to read (contrast 1.4:1")]
    public async Task Every_value_is_checked_and_a_refused_one_is_named_and_changes_nothing(string field, object value, string message)
    {
        var before = await SettingsRowAsync();
        var response = await ChangeAsync(Admin, s => s[field] = JsonValue.Create(value));
        Assert.Contains(message, await response.FieldErrorAsync(field), StringComparison.Ordinal);
        Assert.Equal(before, await SettingsRowAsync());
    }

    [Fact]
    public async Task A_regional_programme_publishes_a_recipient_region_that_the_iati_schema_accepts()
    {
        try
        {
            await new Funding(app).ProjectAsync(provinceId: (await Tarsenia.LoadAsync(app)).Kandara);
            var regional = await ChangeAsync(Admin, s => (s["iatiRecipientCountry"], s["iatiRecipientRegion"]) = ("", "789"));
            Assert.Equal(HttpStatusCode.OK, regional.StatusCode);
            var xml = System.Xml.Linq.XDocument.Parse(await app.ClientFor(Roles.DonorReporting).GetStringAsync("/api/v1/iati/activities.xml"));
            Assert.Empty(IatiExportTests.Validate(xml));
            Assert.NotEmpty(xml.Descendants("iati-activity"));
            Assert.All(xml.Descendants("iati-activity"), a =>
            {
                Assert.Empty(a.Elements("recipient-country"));
                Assert.Equal("789", a.Element("recipient-region")!.Attribute("code")!.Value);
            });
        }
        finally
        {
            await ChangeAsync(Admin, s => (s["iatiRecipientCountry"], s["iatiRecipientRegion"]) = ("TH", ""));
        }
    }

    [Fact]
    public async Task The_iati_export_is_closed_while_its_settings_are_missing_or_fail_a_newer_codelist()
    {
        var donor = app.ClientFor(Roles.DonorReporting);
        try
        {
            await ChangeAsync(Admin, s => (s["iatiRecipientCountry"], s["iatiReportingOrgRef"]) = ("", ""));
            Assert.Equal("IATI_SETTINGS_MISSING", await (await donor.GetAsync("/api/v1/iati/activities.xml")).RuleAsync(HttpStatusCode.Conflict));

            // Stored before the codelist withdrew the code: the export refuses it until an administrator fixes it.
            await ChangeAsync(Admin, s => (s["iatiRecipientCountry"], s["iatiReportingOrgRef"]) = ("TH", "XI-IATI-NMAA-TARSENIA"));
            await using (var db = app.Db())
            {
                await db.Database.ExecuteSqlRawAsync("UPDATE programme_settings SET iati_recipient_country = 'AN'");
            }

            var invalid = await donor.GetAsync("/api/v1/iati/activities.xml");
            Assert.Equal("IATI_SETTINGS_INVALID", await invalid.RuleAsync(HttpStatusCode.Conflict));
        }
        finally
        {
            await using var db = app.Db();
            await db.Database.ExecuteSqlRawAsync("UPDATE programme_settings SET iati_recipient_country = 'TH', iati_reporting_org_ref = 'XI-IATI-NMAA-TARSENIA'");
        }

        Assert.Equal(HttpStatusCode.OK, (await donor.GetAsync("/api/v1/iati/activities.xml")).StatusCode);
    }

    [Fact]
    public async Task A_new_activity_takes_the_default_clearance_depth_from_the_settings()
    {
        try
        {
            await ChangeAsync(Admin, s => s["defaultClearanceDepthCm"] = 25);
            var ledger = new Ledger(app);
            var activity = await ledger.ActivityAsync((await ledger.HazardAsync()).Id, start: false);
            Assert.Equal(25, activity.SpecifiedDepthCm);
        }
        finally
        {
            await ChangeAsync(Admin, s => s["defaultClearanceDepthCm"] = 13);
        }
    }

    private async Task<string> SettingsRowAsync()
    {
        await using var db = app.Db();
        return await db.Database.SqlQueryRaw<string>("SELECT row_to_json(s)::text AS \"Value\" FROM programme_settings s").SingleAsync();
    }
}
