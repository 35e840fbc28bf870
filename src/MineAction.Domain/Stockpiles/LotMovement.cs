namespace MineAction.Domain.Stockpiles;

/// <summary>
/// A change to a stockpiled or retained lot: declared, added, destroyed (method, verified by), transferred out (to whom) or consumed (what for).
/// Reviewed like every record that reaches official figures.
/// </summary>
public sealed class LotMovement : ApprovableEntity
{
    public const int MaxTextLength = 500;

    private LotMovement()
    {
    }

    internal LotMovement(Guid lotId, MovementKind kind, DateOnly occurredOn, int quantity, DestructionMethod? method, string? verifiedBy,
        string? counterpart, string? note)
    {
        LotId = lotId;
        Kind = kind;
        OccurredOn = occurredOn;
        Quantity = quantity;
        Method = method;
        VerifiedBy = Text.TrimToNull(verifiedBy);
        Counterpart = Text.TrimToNull(counterpart);
        Note = Text.TrimToNull(note);
    }

    public Guid LotId { get; private set; }
    public MovementKind Kind { get; private set; }
    public DateOnly OccurredOn { get; private set; }

    /// <summary>Always positive; <see cref="Change"/> carries the sign.</summary>
    public int Quantity { get; private set; }

    public DestructionMethod? Method { get; private set; }
    public string? VerifiedBy { get; private set; }
    public string? Counterpart { get; private set; }
    public string? Note { get; private set; }

    public bool Adds => Kind.Adds();

    /// <summary>The signed change to the lot's quantity.</summary>
    public int Change => Adds ? Quantity : -Quantity;

    /// <summary>Counts in the lot's quantity: not archived, not returned to be corrected.</summary>
    public bool Counts => !IsArchived && ApprovalStatus != ApprovalStatus.Returned;
}
