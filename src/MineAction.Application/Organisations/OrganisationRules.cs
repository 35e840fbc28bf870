namespace MineAction.Application.Organisations;

internal static class OrganisationRules
{
    /// <summary>An acronym is unique among the active organisations of one country (case-insensitive).</summary>
    public static async Task EnsureAcronymFreeAsync(
        IMineActionDb db, string acronym, string countryCode, Guid? exceptId, CancellationToken ct)
    {
        var pattern = LikePattern.Escape(acronym.Trim());
        var taken = await db.Organisations.AnyAsync(
            o => o.ArchivedAt == null && o.CountryCode == countryCode && EF.Functions.ILike(o.Acronym, pattern, "\\") && o.Id != exceptId,
            ct);
        if (taken)
        {
            throw Invalid.Field("acronym", $"An organisation with acronym '{acronym.Trim()}' already exists in {countryCode}.");
        }
    }

    /// <summary>An organisation's external id names one organisation (archived ones keep theirs).</summary>
    public static Task EnsureExternalIdFreeAsync(IMineActionDb db, string? externalId, Guid? exceptId, CancellationToken ct)
    {
        var external = externalId?.Trim();
        return ExternalIds.EnsureFreeAsync(
            db.Organisations.IncludingArchived().Where(o => o.ExternalImsmaId == external && o.Id != exceptId).Select(o => o.Acronym),
            external, "Organisation", ct);
    }
}
