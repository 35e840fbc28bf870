using Microsoft.EntityFrameworkCore;
using MineAction.Application.Abstractions;
using MineAction.Application.Common;

namespace MineAction.Application.Organisations;

internal static class OrganisationRules
{
    /// <summary>An acronym is unique among the active organisations of one country (case-insensitive).</summary>
    public static async Task EnsureAcronymFreeAsync(
        IMineActionDb db, string acronym, string countryCode, Guid? exceptId, CancellationToken ct)
    {
        var normalised = acronym.Trim().ToUpperInvariant();
        var taken = await db.Organisations.AnyAsync(
            o => o.ArchivedAt == null && o.CountryCode == countryCode && o.Acronym.ToUpper() == normalised && o.Id != exceptId,
            ct);
        if (taken)
        {
            throw Invalid.Field("acronym", $"An organisation with acronym '{acronym.Trim()}' already exists in {countryCode}.");
        }
    }
}
