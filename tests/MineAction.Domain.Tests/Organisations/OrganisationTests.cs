using MineAction.Domain.Common;
using MineAction.Domain.Organisations;

namespace MineAction.Domain.Tests.Organisations;

public sealed class OrganisationTests
{
    [Theory]
    [InlineData("KHM", true)]
    [InlineData("XTA", true)]
    [InlineData("XKX", true)]
    [InlineData("ZZZ", false)]
    [InlineData("khm", false)]
    [InlineData("KH", false)]
    [InlineData(null, false)]
    public void Country_codes_are_iso_3166_alpha_3(string? code, bool valid) =>
        Assert.Equal(valid, CountryCodes.IsValid(code));

    [Fact]
    public void An_organisation_trims_its_fields_and_knows_its_iati_code()
    {
        var organisation = new Organisation(new(" The HALO Trust ", " HALO ", OrganisationType.InternationalNgo, "GBR", " ", null));
        Assert.Equal("The HALO Trust", organisation.Name);
        Assert.Equal("HALO", organisation.Acronym);
        Assert.Null(organisation.IatiIdentifier);
        Assert.Equal(21, (int)organisation.Type);
    }

    [Fact]
    public void Unknown_type_or_country_is_a_rule_violation()
    {
        Assert.Equal("type", Assert.Throws<DomainRuleViolation>(() =>
            new Organisation(new("A", "A", (OrganisationType)99, "GBR", null, null))).Field);
        Assert.Equal("countryCode", Assert.Throws<DomainRuleViolation>(() =>
            new Organisation(new("A", "A", OrganisationType.Government, "ABC", null, null))).Field);
    }

    [Fact]
    public void Stamps_record_who_and_when()
    {
        var organisation = new Organisation(new("A", "A", OrganisationType.Government, "XTA", null, null));
        var created = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        organisation.StampCreated("alice", created);
        organisation.StampUpdated("bob", created.AddDays(1));
        Assert.Equal(("alice", "bob"), (organisation.CreatedBy, organisation.UpdatedBy));
        Assert.Equal(created.AddDays(1), organisation.UpdatedAt);
    }
}
