namespace MineAction.Domain.Organisations;

/// <summary>A government body, NGO, UN agency, commercial operator or donor.</summary>
public sealed class Organisation : Entity
{
    public const int MaxNameLength = 200;
    public const int MaxAcronymLength = 30;
    public const int MaxIatiIdentifierLength = 100;

    private Organisation()
    {
    }

    public Organisation(OrganisationDetails details)
    {
        Apply(details);
    }

    public string Name { get; private set; } = string.Empty;
    public string Acronym { get; private set; } = string.Empty;
    public OrganisationType Type { get; private set; }
    public OrganisationSector Sector { get; private set; }
    public string CountryCode { get; private set; } = string.Empty;
    public string? IatiIdentifier { get; private set; }
    public string? ExternalImsmaId { get; private set; }

    public void Update(OrganisationDetails details)
    {
        EnsureNotArchived();
        Apply(details);
    }

    private void Apply(OrganisationDetails details)
    {
        if (!Enum.IsDefined(details.Type))
        {
            throw new DomainRuleViolation("ORGANISATION_TYPE_UNKNOWN", "Unknown IATI organisation type.", "type");
        }

        if (!Enum.IsDefined(details.Sector))
        {
            throw new DomainRuleViolation("ORGANISATION_SECTOR_UNKNOWN", "Unknown sector.", "sector");
        }

        if (!CountryCodes.IsValid(details.CountryCode))
        {
            throw new DomainRuleViolation("COUNTRY_CODE_INVALID", "Country must be an ISO 3166-1 alpha-3 code.", "countryCode");
        }

        Name = details.Name.Trim();
        Acronym = details.Acronym.Trim();
        Type = details.Type;
        Sector = details.Sector;
        CountryCode = details.CountryCode;
        IatiIdentifier = string.IsNullOrWhiteSpace(details.IatiIdentifier) ? null : details.IatiIdentifier.Trim();
        ExternalImsmaId = ExternalId.Normalise(details.ExternalImsmaId);
    }
}

/// <summary>The editable attributes of an organisation.</summary>
public sealed record OrganisationDetails(
    string Name,
    string Acronym,
    OrganisationType Type,
    string CountryCode,
    string? IatiIdentifier,
    string? ExternalImsmaId,
    OrganisationSector Sector = OrganisationSector.MineAction);
