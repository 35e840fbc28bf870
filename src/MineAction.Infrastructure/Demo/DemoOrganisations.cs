namespace MineAction.Infrastructure.Demo;

/// <summary>
/// The organisations of the demo programme: authority, operators, UN agencies, donors, and the hospital, rehabilitation centre and
/// survivors' association that provide victim assistance. Real organisations carry their published IATI
/// identifiers where known (the registers are in the IATI OrganisationRegistrationAgency codelist); the fictional Tarsenian ones have none.
/// </summary>
public static class DemoOrganisations
{
    public static readonly OrganisationDetails[] All =
    [
        new("Tarsenia Mine Action Centre", "TMAC", OrganisationType.Government, "XTA", null, null),
        new("National Mine Action Authority of Tarsenia", "NMAA", OrganisationType.Government, "XTA", null, null),
        new("Ministry of Defence Engineering Corps", "MoD-EC", OrganisationType.Government, "XTA", null, null),
        new("Tarsenian Demining Organisation", "TDO", OrganisationType.NationalNgo, "XTA", null, null),
        new("Community Mine Action Network", "CMAN", OrganisationType.NationalNgo, "XTA", null, null),
        new("Tarsenia Landmine Survivors Association", "TLSA", OrganisationType.NationalNgo, "XTA", null, null, OrganisationSector.SocialAndEconomicInclusion),
        new("Rural Safety Initiative", "RSI", OrganisationType.NationalNgo, "XTA", null, null),
        new("Tarsenia Clearance Services Ltd", "TCS", OrganisationType.PrivateSector, "XTA", null, null),
        new("The HALO Trust", "HALO", OrganisationType.InternationalNgo, "GBR", "GB-CHC-1001813", null),
        new("Mines Advisory Group", "MAG", OrganisationType.InternationalNgo, "GBR", "GB-CHC-1083008", null),
        new("Norwegian People's Aid", "NPA", OrganisationType.InternationalNgo, "NOR", null, null),
        new("Danish Refugee Council", "DRC", OrganisationType.InternationalNgo, "DNK", null, null),
        new("Swiss Foundation for Mine Action", "FSD", OrganisationType.InternationalNgo, "CHE", null, null),
        new("Humanity & Inclusion", "HI", OrganisationType.InternationalNgo, "FRA", null, null, OrganisationSector.HealthAndRehabilitation),
        new("United Nations Mine Action Service", "UNMAS", OrganisationType.Multilateral, "USA", null, null),
        new("United Nations Development Programme", "UNDP", OrganisationType.Multilateral, "USA", "XM-DAC-41114", null),
        new("United Nations Children's Fund", "UNICEF", OrganisationType.Multilateral, "USA", "XM-DAC-41122", null),
        new("European Union", "EU", OrganisationType.Multilateral, "BEL", null, null, OrganisationSector.Funding),
        new("Geneva International Centre for Humanitarian Demining", "GICHD", OrganisationType.Foundation, "CHE", null, null),
        new("Government of Japan", "GoJ", OrganisationType.Government, "JPN", "XM-DAC-701", null, OrganisationSector.Funding),
        new("Federal Foreign Office of Germany", "GFFO", OrganisationType.Government, "DEU", "XM-DAC-5-7", null, OrganisationSector.Funding),
        new("Norwegian Ministry of Foreign Affairs", "NMFA", OrganisationType.Government, "NOR", null, null, OrganisationSector.Funding),
        new("National Physical Rehabilitation Centre", "NPRC", OrganisationType.Government, "XTA", null, null, OrganisationSector.HealthAndRehabilitation),
        new("Kandara Provincial Hospital", "KPH", OrganisationType.Government, "XTA", null, null, OrganisationSector.HealthAndRehabilitation),
    ];

    /// <summary>Acronyms of the organisations that survey and record hazardous areas.</summary>
    public static readonly string[] Surveyors = ["TMAC", "TDO", "CMAN", "TCS", "HALO", "MAG", "NPA", "DRC", "FSD"];
}
