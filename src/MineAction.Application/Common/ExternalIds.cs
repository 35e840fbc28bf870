namespace MineAction.Application.Common;

/// <summary>
/// An external (IMSMA or source-system) id names one record of its type and organisation: imports match records by it, so a second record
/// with the same id would make a later file update the wrong one.
/// </summary>
public static class ExternalIds
{
    public const string Field = "externalImsmaId";

    /// <summary>Refuses (409 <c>EXTERNAL_ID_TAKEN</c>) an id already held; <paramref name="holders"/> are the labels of the other records
    /// of the same type and organisation with that id (archived ones too: they keep their id).</summary>
    public static async Task EnsureFreeAsync(IQueryable<string> holders, string? externalId, string what, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(externalId))
        {
            return;
        }

        var holder = await holders.FirstOrDefaultAsync(ct);
        if (holder is not null)
        {
            throw new ConflictException(TakenRule, Taken(what, holder, externalId.Trim()), [holder], Field);
        }
    }

    public const string TakenRule = "EXTERNAL_ID_TAKEN";

    /// <summary>Why a record (<paramref name="what"/>) cannot take an id that <paramref name="holder"/> holds.</summary>
    public static string Taken(string what, string holder, string externalId) =>
        $"{what} {holder} already has the external id '{externalId}': an external id names one record of its type and organisation.";
}
