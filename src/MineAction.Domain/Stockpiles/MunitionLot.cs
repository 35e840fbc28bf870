using MineAction.Domain.Hazards;

namespace MineAction.Domain.Stockpiles;

/// <summary>
/// A lot of stockpiled anti-personnel mines or cluster munitions (or explosive submunitions held apart), or of items retained
/// under Article 3: its type, lot number, where it is kept and who holds it. Its quantity is the sum of its movements, and
/// never falls below zero on any day.
/// </summary>
public sealed class MunitionLot : Entity
{
    public const int MaxTypeLength = 100;
    public const int MaxLotNumberLength = 60;
    public const int MaxLocationLength = 200;

    /// <summary>What the APMBC (anti-personnel mines) and the CCM (cluster munitions, explosive submunitions) ask States to report.</summary>
    public static readonly DeviceCategory[] Categories = [DeviceCategory.AntiPersonnelMine, DeviceCategory.ClusterMunition, DeviceCategory.Submunition];

    private MunitionLot()
    {
    }

    public MunitionLot(DeviceCategory category, string munitionType, string lotNumber, string location, Guid ownerOrganisationId, LotPurpose purpose,
        int? submunitionsPerMunition, DateOnly declaredOn, DateOnly today)
    {
        if (!Categories.Contains(category))
        {
            throw new DomainRuleViolation("LOT_CATEGORY", "A lot holds anti-personnel mines, cluster munitions or explosive submunitions.", "category");
        }

        if ((category == DeviceCategory.ClusterMunition) != submunitionsPerMunition is > 0)
        {
            throw new DomainRuleViolation("SUBMUNITIONS_PER_MUNITION", "A lot of cluster munitions states how many submunitions each contains (and only such a lot).",
                "submunitionsPerMunition");
        }

        EnsureNotFuture(declaredOn, today, "declaredOn");
        Category = category;
        MunitionType = munitionType.Trim();
        LotNumber = lotNumber.Trim();
        Location = location.Trim();
        OwnerOrganisationId = ownerOrganisationId;
        Purpose = purpose;
        SubmunitionsPerMunition = submunitionsPerMunition;
        DeclaredOn = declaredOn;
    }

    public DeviceCategory Category { get; private set; }
    public string MunitionType { get; private set; } = string.Empty;
    public string LotNumber { get; private set; } = string.Empty;
    public string Location { get; private set; } = string.Empty;
    public Guid OwnerOrganisationId { get; private set; }
    public LotPurpose Purpose { get; private set; }
    public int? SubmunitionsPerMunition { get; private set; }
    public DateOnly DeclaredOn { get; private set; }

    /// <summary>The quantity found when the lot was registered (its first movement).</summary>
    public LotMovement Declare(int quantity) =>
        Movement(MovementKind.Declared, DeclaredOn, quantity, null, null, null, null);

    /// <summary>
    /// A later movement, checked against <paramref name="movements"/> (the lot's movements so far): dated from the declaration to today,
    /// with what its kind needs, and never taking more than the lot holds on its day or on any later day.
    /// </summary>
    public LotMovement Record(IReadOnlyCollection<LotMovement> movements, MovementKind kind, DateOnly occurredOn, int quantity,
        DestructionMethod? method, string? verifiedBy, string? counterpart, string? note, DateOnly today)
    {
        EnsureNotArchived();
        if (kind == MovementKind.Declared)
        {
            throw new DomainRuleViolation("MOVEMENT_KIND", "A lot is declared once, when it is registered; record later additions as Added.", "kind");
        }

        if (occurredOn < DeclaredOn)
        {
            throw new DomainRuleViolation("DATE_ORDER", $"A movement is dated on or after the lot's declaration ({DeclaredOn:yyyy-MM-dd}).", "occurredOn");
        }

        EnsureNotFuture(occurredOn, today, "occurredOn");
        EnsureKindDetails(kind, method, verifiedBy, counterpart, note);
        var movement = Movement(kind, occurredOn, quantity, method, verifiedBy, counterpart, note);
        EnsureNeverNegative([.. movements, movement]);
        return movement;
    }

    /// <summary>
    /// Refuses (422 QUANTITY_NEGATIVE) a set of movements that would leave the lot below zero on some day: additions of a day count
    /// before its removals.
    /// </summary>
    public static void EnsureNeverNegative(IEnumerable<LotMovement> movements)
    {
        var balance = 0;
        foreach (var m in movements.Where(m => m.Counts).OrderBy(m => m.OccurredOn).ThenBy(m => m.Adds ? 0 : 1))
        {
            balance += m.Change;
            if (balance < 0)
            {
                throw new DomainRuleViolation("QUANTITY_NEGATIVE",
                    $"The lot would hold {balance} on {m.OccurredOn:yyyy-MM-dd}: it cannot give more than it holds on that day.", "quantity");
            }
        }
    }

    private LotMovement Movement(MovementKind kind, DateOnly on, int quantity, DestructionMethod? method, string? verifiedBy, string? counterpart,
        string? note)
    {
        if (quantity <= 0)
        {
            throw new DomainRuleViolation("QUANTITY_NOT_POSITIVE", "A movement moves at least one item.", "quantity");
        }

        return new LotMovement(Id, kind, on, quantity, method, verifiedBy, counterpart, note);
    }

    private void EnsureKindDetails(MovementKind kind, DestructionMethod? method, string? verifiedBy, string? counterpart, string? note)
    {
        switch (kind)
        {
            case MovementKind.Destroyed when method is null || string.IsNullOrWhiteSpace(verifiedBy):
                throw new DomainRuleViolation("DESTRUCTION_DETAILS", "A destruction states its method and who verified it.",
                    method is null ? "method" : "verifiedBy");
            case MovementKind.TransferredOut when string.IsNullOrWhiteSpace(counterpart):
                throw new DomainRuleViolation("TRANSFER_COUNTERPART", "A transfer states to whom the items went.", "counterpart");
            case MovementKind.Consumed when Purpose != LotPurpose.Retained:
                throw new DomainRuleViolation("NOT_RETAINED", "Only items retained for training and development are consumed; a stockpile's are destroyed.", "kind");
            case MovementKind.Consumed when string.IsNullOrWhiteSpace(note):
                throw new DomainRuleViolation("CONSUMPTION_PURPOSE", "Say what the retained items were used for (training, research, testing).", "note");
            case not MovementKind.Destroyed when method is not null:
                throw new DomainRuleViolation("DESTRUCTION_DETAILS", "Only a destruction has a method.", "method");
        }
    }

    private static void EnsureNotFuture(DateOnly on, DateOnly today, string field)
    {
        if (on > today)
        {
            throw new DomainRuleViolation("DATE_IN_FUTURE", "A stockpile record cannot be dated in the future.", field);
        }
    }
}
