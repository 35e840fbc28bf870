namespace MineAction.Application.Common;

/// <summary>National settings of the programme (configuration section "Programme").</summary>
public sealed class ProgrammeOptions
{
    public const string Section = "Programme";

    /// <summary>Clearance depth the NMAA requires unless an activity specifies another (IMAS 09.10; cm).</summary>
    public int DefaultClearanceDepthCm { get; set; } = 13;

    /// <summary>
    /// How far (metres) a location may lie outside the province or district its record states before it is refused as
    /// LOCATION_OUTSIDE_ADMIN_AREA: GPS error and imprecise boundaries near borders.
    /// </summary>
    public double LocationToleranceMetres { get; set; } = 500;

    /// <summary>Share of a new hazard's area that, overlapping an open hazard, makes it a possible duplicate.</summary>
    public double DuplicateOverlapShare { get; set; } = 0.5;

    /// <summary>Task priority score: points per kind of land use blocked.</summary>
    public double PriorityPerLandUseBlocked { get; set; } = 2.0;

    /// <summary>Task priority score: points per order of magnitude of direct beneficiaries (log10(1 + n)).</summary>
    public double PriorityPerBeneficiaryMagnitude { get; set; } = 3.0;

    /// <summary>Task priority score: points per accident linked to the hazardous area or recorded inside its polygon.</summary>
    public double PriorityPerAccidentNearby { get; set; } = 5.0;

    /// <summary>The task priority weights as the domain reads them.</summary>
    public Domain.Operations.PriorityWeights PriorityWeights =>
        new(PriorityPerLandUseBlocked, PriorityPerBeneficiaryMagnitude, PriorityPerAccidentNearby);

    /// <summary>IATI: acronym of the organisation that publishes the programme's activities (the reporting-org).</summary>
    public string IatiReportingOrganisation { get; set; } = "NMAA";

    /// <summary>
    /// IATI: the reporting organisation's identifier when its record has none — a prefix from the OrganisationRegistrationAgency codelist,
    /// a hyphen and its number there (e.g. "XM-DAC-41114"). No default: an unset value keeps the IATI export closed.
    /// </summary>
    public string IatiReportingOrgRef { get; set; } = string.Empty;

    /// <summary>IATI: the reporting organisation's type (OrganisationType codelist) when its record is not found; 10 is government.</summary>
    public int IatiReportingOrgType { get; set; } = 10;

    /// <summary>IATI: recipient country, ISO 3166-1 alpha-2 as in the IATI Country codelist. No default: an unset value keeps the IATI export closed.</summary>
    public string IatiRecipientCountry { get; set; } = string.Empty;

    /// <summary>
    /// IATI: the GeographicVocabulary the admin-area codes come from (A1 GAUL, A3 GADM, G1 GeoNames…), so a province's location carries its code.
    /// Empty when the codes are national p-codes of no IATI vocabulary: the province is then named, without a code.
    /// </summary>
    public string IatiAdminVocabulary { get; set; } = string.Empty;

    /// <summary>Whether the IATI settings are given (their validity is checked at start-up and on every change).</summary>
    public bool IatiConfigured => IatiReportingOrgRef.Length > 0 && IatiRecipientCountry.Length > 0;
}
