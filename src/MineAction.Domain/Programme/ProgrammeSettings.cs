using MineAction.Domain.Operations;
using MineAction.Domain.Resources;

namespace MineAction.Domain.Programme;

/// <summary>What an administrator states about the national programme (the rest of <see cref="ProgrammeSettings"/>'s values, as entered).</summary>
public sealed record ProgrammeDetails(
    string Name,
    string CountryCode,
    string ReportingCurrency,
    int DefaultClearanceDepthCm,
    PriorityWeights PriorityWeights,
    string IatiReportingOrganisation,
    string IatiReportingOrgRef,
    int IatiReportingOrgType,
    string IatiRecipientCountry,
    string IatiRecipientRegion,
    string IatiAdminVocabulary,
    string Colour = ProgrammeColour.Default);

/// <summary>
/// The national programme's settings: one record per installation, created empty by the first migration and filled by an administrator
/// (the demo fills Tarsenia's). Audited like every record; a change needs the row version the administrator saw.
/// </summary>
public sealed class ProgrammeSettings : Entity
{
    public const int MaxNameLength = 200;
    public const int MaxLogoBytes = 512 * 1024;
    public const int MaxClearanceDepthCm = 500;

    /// <summary>The one record's key (the first migration inserts it).</summary>
    public static readonly Guid SingletonId = new("0193a000-0000-7000-8000-000000000001");

    private ProgrammeSettings()
    {
    }

    public string Name { get; private set; } = string.Empty;

    /// <summary>ISO 3166-1 alpha-3, as the admin areas and organisations carry it; empty until set.</summary>
    public string CountryCode { get; private set; } = string.Empty;

    /// <summary>The ISO 4217 currency money forms start with (amounts are also always valued in USD, the exchange-rate base).</summary>
    public string ReportingCurrency { get; private set; } = CurrencyCode.Usd.Code;

    /// <summary>Clearance depth the NMAA requires unless an activity specifies another (IMAS 09.10; cm).</summary>
    public int DefaultClearanceDepthCm { get; private set; } = 13;

    public double PriorityPerLandUseBlocked { get; private set; } = 2.0;
    public double PriorityPerBeneficiaryMagnitude { get; private set; } = 3.0;
    public double PriorityPerAccidentNearby { get; private set; } = 5.0;

    public PriorityWeights PriorityWeights => new(PriorityPerLandUseBlocked, PriorityPerBeneficiaryMagnitude, PriorityPerAccidentNearby);

    /// <summary>IATI: acronym of the organisation record that publishes the programme's activities (the reporting-org).</summary>
    public string IatiReportingOrganisation { get; private set; } = "NMAA";

    /// <summary>IATI: the reporting organisation's identifier when its record has none (OrganisationRegistrationAgency prefix, e.g. XM-DAC-41114).</summary>
    public string IatiReportingOrgRef { get; private set; } = string.Empty;

    /// <summary>IATI: the reporting organisation's OrganisationType code when its record is not found; 10 is government.</summary>
    public int IatiReportingOrgType { get; private set; } = 10;

    /// <summary>IATI: recipient country (ISO 3166-1 alpha-2, IATI Country codelist) — or, for a regional programme, <see cref="IatiRecipientRegion"/>.</summary>
    public string IatiRecipientCountry { get; private set; } = string.Empty;

    /// <summary>IATI: recipient region (IATI Region codelist, OECD DAC vocabulary) when the programme reports no single country.</summary>
    public string IatiRecipientRegion { get; private set; } = string.Empty;

    /// <summary>IATI: the GeographicVocabulary the admin-area codes come from (A1 GAUL, A3 GADM…); empty for national p-codes.</summary>
    public string IatiAdminVocabulary { get; private set; } = string.Empty;

    /// <summary>The colour of the app bar, buttons and links (<see cref="ProgrammeColour"/>): white text stays readable on it.</summary>
    public string Colour { get; private set; } = ProgrammeColour.Default;

    public byte[]? Logo { get; private set; }
    public string? LogoContentType { get; private set; }

    /// <summary>Whether the IATI export can be published: the reporting organisation's identifier and a recipient country or region.</summary>
    public bool IatiConfigured => IatiReportingOrgRef.Length > 0 && (IatiRecipientCountry.Length > 0 || IatiRecipientRegion.Length > 0);

    /// <summary>Takes the administrator's values; the domain's own rules (the IATI codelists are checked by the use case).</summary>
    public void Change(ProgrammeDetails d)
    {
        if (d.CountryCode.Length > 0 && !CountryCodes.IsValid(d.CountryCode))
        {
            throw new DomainRuleViolation("COUNTRY_UNKNOWN", $"'{d.CountryCode}' is not an ISO 3166-1 alpha-3 code (e.g. KHM).", "countryCode");
        }

        if (d.DefaultClearanceDepthCm is < 1 or > MaxClearanceDepthCm)
        {
            throw new DomainRuleViolation("CLEARANCE_DEPTH_INVALID", $"The default clearance depth is 1 to {MaxClearanceDepthCm} cm.", "defaultClearanceDepthCm");
        }

        var w = d.PriorityWeights;
        if (new[] { w.PerLandUseBlocked, w.PerBeneficiaryMagnitude, w.PerAccidentNearby }.Any(x => !double.IsFinite(x) || x < 0 || x > 100))
        {
            throw new DomainRuleViolation("PRIORITY_WEIGHT_INVALID", "Each task-priority weight is a number from 0 to 100.", "priorityWeights");
        }

        if (d.IatiRecipientCountry.Length > 0 && d.IatiRecipientRegion.Length > 0)
        {
            throw new DomainRuleViolation("IATI_RECIPIENT_AMBIGUOUS", "Give the IATI recipient country or region, not both.", "iatiRecipientRegion");
        }

        var colour = ProgrammeColour.Of(d.Colour);
        Name = d.Name.Trim();
        Colour = colour;
        CountryCode = d.CountryCode;
        ReportingCurrency = CurrencyCode.Of(d.ReportingCurrency, "reportingCurrency").Code;
        DefaultClearanceDepthCm = d.DefaultClearanceDepthCm;
        (PriorityPerLandUseBlocked, PriorityPerBeneficiaryMagnitude, PriorityPerAccidentNearby) = (w.PerLandUseBlocked, w.PerBeneficiaryMagnitude, w.PerAccidentNearby);
        IatiReportingOrganisation = d.IatiReportingOrganisation.Trim();
        IatiReportingOrgRef = d.IatiReportingOrgRef.Trim();
        IatiReportingOrgType = d.IatiReportingOrgType;
        IatiRecipientCountry = d.IatiRecipientCountry;
        IatiRecipientRegion = d.IatiRecipientRegion;
        IatiAdminVocabulary = d.IatiAdminVocabulary;
    }

    /// <summary>The programme's logo for reports: a PNG or JPEG (recognised by its first bytes, not its name) of at most 512 KB; null removes it.</summary>
    public void ChangeLogo(byte[]? image)
    {
        if (image is null)
        {
            (Logo, LogoContentType) = (null, null);
            return;
        }

        if (image.Length > MaxLogoBytes)
        {
            throw new DomainRuleViolation("LOGO_TOO_LARGE", $"The logo may be at most {MaxLogoBytes / 1024} KB.", "logo");
        }

        LogoContentType = ImageType(image)
            ?? throw new DomainRuleViolation("LOGO_NOT_AN_IMAGE", "The logo must be a PNG or JPEG image.", "logo");
        Logo = image;
    }

    private static string? ImageType(byte[] image) =>
        image.AsSpan().StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : image.AsSpan().StartsWith((byte[])[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : null;
}
