using MineAction.Domain.Programme;

namespace MineAction.Application.Programme;

/// <summary>The programme's settings as an administrator edits them (the logo separately, at <c>/programme/logo</c>).</summary>
public sealed record ProgrammeSettingsDto(
    string Name,
    string CountryCode,
    string ReportingCurrency,
    int DefaultClearanceDepthCm,
    double PriorityPerLandUseBlocked,
    double PriorityPerBeneficiaryMagnitude,
    double PriorityPerAccidentNearby,
    string IatiReportingOrganisation,
    string IatiReportingOrgRef,
    int IatiReportingOrgType,
    string IatiRecipientCountry,
    string IatiRecipientRegion,
    string IatiAdminVocabulary,
    string Colour,
    bool HasLogo,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    uint RowVersion)
{
    public static ProgrammeSettingsDto From(ProgrammeSettings s) => new(
        s.Name, s.CountryCode, s.ReportingCurrency, s.DefaultClearanceDepthCm, s.PriorityPerLandUseBlocked, s.PriorityPerBeneficiaryMagnitude,
        s.PriorityPerAccidentNearby, s.IatiReportingOrganisation, s.IatiReportingOrgRef, s.IatiReportingOrgType, s.IatiRecipientCountry,
        s.IatiRecipientRegion, s.IatiAdminVocabulary, s.Colour, s.Logo is not null, s.UpdatedAt, s.UpdatedBy, s.RowVersion);
}

public static class ProgrammeSettingsReading
{
    /// <summary>The installation's one settings record (the first migration creates it), read-only.</summary>
    public static async Task<ProgrammeSettings> ProgrammeSettingsAsync(this IMineActionDb db, CancellationToken ct) =>
        await db.ProgrammeSettings.AsNoTracking().SingleOrDefaultAsync(ct)
        ?? throw new InvalidOperationException("The programme settings record is missing: run the CLI's migrate.");
}
