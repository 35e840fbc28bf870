namespace MineAction.Domain.Common;

/// <summary>
/// A record's id in the system it came from (IMSMA, an operator's database): imports and field forms find the record again by it. It is
/// unique per record type and organisation; blank means none.
/// </summary>
public static class ExternalId
{
    public const int MaxLength = 100;

    public static string? Normalise(string? externalId)
    {
        var id = Text.TrimToNull(externalId);
        if (id is { Length: > MaxLength })
        {
            throw new DomainRuleViolation("EXTERNAL_ID_TOO_LONG", $"An external id is at most {MaxLength} characters.", "externalImsmaId");
        }

        return id;
    }
}
