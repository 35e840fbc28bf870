namespace MineAction.Api.Tests.Resources;

/// <summary>Organisations' IATI identifiers are checked against the IATI codelists (the programme's own settings: ProgrammeSettingsTests).</summary>
public sealed class IatiSettingsTests(MineActionApp app) : IClassFixture<MineActionApp>
{
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
