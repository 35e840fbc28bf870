namespace MineAction.Domain.Organisations;

/// <summary>
/// What an organisation does in the programme, beside its IATI type: mine-action organisations survey, clear and teach; health and
/// rehabilitation organisations (hospitals, physical rehabilitation and prosthetic centres) and social and economic inclusion
/// organisations provide victim assistance services; funders give money.
/// </summary>
public enum OrganisationSector
{
    MineAction,
    HealthAndRehabilitation,
    SocialAndEconomicInclusion,
    Funding,
    Other,
}

public static class OrganisationSectors
{
    /// <summary>The sectors whose organisations deliver services to victims or take their referrals: all but funders.</summary>
    public static bool ProvidesServices(this OrganisationSector sector) => sector != OrganisationSector.Funding;
}
