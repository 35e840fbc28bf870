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
}
