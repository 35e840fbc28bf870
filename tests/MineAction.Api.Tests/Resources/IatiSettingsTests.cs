using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.Resources;

namespace MineAction.Api.Tests.Resources;

/// <summary>The programme's IATI settings and organisations' IATI identifiers are checked against the IATI codelists.</summary>
public sealed class IatiSettingsTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    [Fact]
    public void The_old_training_defaults_fail_the_codelists_and_the_demo_settings_pass()
    {
        var old = ProgrammeOptionsValidator.Failures(new ProgrammeOptions { IatiRecipientCountry = "XT", IatiReportingOrgRef = "XM-XTA-NMAA" }).ToList();
        Assert.Equal(2, old.Count);
        Assert.Contains(old, f => f.Contains("IatiRecipientCountry: 'XT' is not a code of the IATI Country codelist", StringComparison.Ordinal));
        Assert.Contains(old, f => f.Contains("IatiReportingOrgRef: 'XM-XTA-NMAA' does not start with a registration agency", StringComparison.Ordinal));
        Assert.Empty(ProgrammeOptionsValidator.Failures(new ProgrammeOptions
        {
            IatiRecipientCountry = MineActionApp.DemoIatiSettings["Programme:IatiRecipientCountry"],
            IatiReportingOrgRef = MineActionApp.DemoIatiSettings["Programme:IatiReportingOrgRef"],
        }));
        Assert.Empty(ProgrammeOptionsValidator.Failures(new ProgrammeOptions()));
    }

    [Theory]
    [InlineData("IatiReportingOrgType", "99", "is not a code of the IATI OrganisationType codelist")]
    [InlineData("IatiAdminVocabulary", "Z9", "is not a code of the IATI GeographicVocabulary codelist")]
    [InlineData("IatiRecipientCountry", "AN", "is withdrawn from the IATI Country codelist")]
    public void Each_setting_is_checked_against_its_codelist(string setting, string value, string message)
    {
        var options = new ProgrammeOptions { IatiRecipientCountry = "KH", IatiReportingOrgRef = "XM-DAC-41114" };
        typeof(ProgrammeOptions).GetProperty(setting)!.SetValue(options, setting == "IatiReportingOrgType" ? int.Parse(value, CultureInfo.InvariantCulture) : value);
        Assert.Contains(message, Assert.Single(ProgrammeOptionsValidator.Failures(options)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_application_does_not_start_with_settings_iati_readers_refuse()
    {
        using var misconfigured = app.WithWebHostBuilder(b => b.UseSetting("Programme:IatiRecipientCountry", "XT"));
        var error = Assert.ThrowsAny<Exception>(() => misconfigured.CreateClient());
        Assert.Contains("IatiRecipientCountry: 'XT' is not a code of the IATI Country codelist", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_settings_the_export_is_closed_with_a_clear_conflict()
    {
        using var unset = app.WithWebHostBuilder(b => b.UseSetting("Programme:IatiRecipientCountry", "").UseSetting("Programme:IatiReportingOrgRef", ""));
        var response = await app.AuthorisedClient(unset, Roles.DonorReporting).GetAsync("/api/v1/iati/activities.xml");
        Assert.Equal("IATI_SETTINGS_MISSING", await response.RuleAsync(HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Settings_changed_into_refused_values_close_the_export_until_fixed()
    {
        using var changing = app.WithWebHostBuilder(_ => { });
        var client = app.AuthorisedClient(changing, Roles.DonorReporting);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/iati/activities.xml")).StatusCode);
        var configuration = (IConfigurationRoot)changing.Services.GetRequiredService<IConfiguration>();
        try
        {
            configuration["Programme:IatiRecipientCountry"] = "XT";
            configuration.Reload();
            var response = await client.GetAsync("/api/v1/iati/activities.xml");
            Assert.Equal("IATI_SETTINGS_INVALID", await response.RuleAsync(HttpStatusCode.Conflict));
        }
        finally
        {
            configuration["Programme:IatiRecipientCountry"] = "TH";
            configuration.Reload();
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/iati/activities.xml")).StatusCode);
    }

    [Theory]
    [InlineData("XM-XTA-NMAA", "does not start with a registration agency")]
    [InlineData("GB-CHC-", "does not start with a registration agency")]
    [InlineData("XI-BRIDGE-123", "withdrawn")]
    public async Task An_organisations_iati_identifier_must_use_a_known_registration_agency(string identifier, string message)
    {
        var response = await app.ClientFor(Roles.InformationManager).PostAsJsonAsync("/api/v1/organisations", new
        {
            name = "Example Demining " + Guid.NewGuid().ToString("N")[..6], acronym = "EXD" + Guid.NewGuid().ToString("N")[..4], type = "InternationalNgo",
            countryCode = "GBR", iatiIdentifier = identifier,
        });
        Assert.Contains(message, await response.FieldErrorAsync("iatiIdentifier"), StringComparison.Ordinal);
    }
}
