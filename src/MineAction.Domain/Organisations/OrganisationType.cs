namespace MineAction.Domain.Organisations;

/// <summary>IATI OrganisationType codelist; the numeric value is the IATI code.</summary>
public enum OrganisationType
{
    Government = 10,
    LocalGovernment = 11,
    OtherPublicSector = 15,
    InternationalNgo = 21,
    NationalNgo = 22,
    RegionalNgo = 23,
    PartnerCountryBasedNgo = 24,
    PublicPrivatePartnership = 30,
    Multilateral = 40,
    Foundation = 60,
    PrivateSector = 70,
    PrivateSectorInProviderCountry = 71,
    PrivateSectorInAidRecipientCountry = 72,
    PrivateSectorInThirdCountry = 73,
    Academic = 80,
    Other = 90,
}
