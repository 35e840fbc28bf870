namespace MineAction.Application.Common;

/// <summary>
/// Technical tolerances of the programme (configuration section "Programme"). What an administrator states about the programme — its
/// name, country, IATI identity, default clearance depth, priority weights — is in the database (<c>ProgrammeSettings</c>).
/// </summary>
public sealed class ProgrammeOptions
{
    public const string Section = "Programme";

    /// <summary>
    /// How far (metres) a location may lie outside the province or district its record states before it is refused as
    /// LOCATION_OUTSIDE_ADMIN_AREA: GPS error and imprecise boundaries near borders.
    /// </summary>
    public double LocationToleranceMetres { get; set; } = 500;

    /// <summary>Share of a new hazard's area that, overlapping an open hazard, makes it a possible duplicate.</summary>
    public double DuplicateOverlapShare { get; set; } = 0.5;
}
