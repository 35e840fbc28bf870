namespace MineAction.Domain.Stockpiles;

/// <summary>Why a lot is held: a stockpile the treaty obliges the State to destroy, or items retained for training and development (APMBC/CCM Article 3).</summary>
public enum LotPurpose
{
    Stockpile,
    Retained,
}

/// <summary>What happened to a lot's quantity.</summary>
public enum MovementKind
{
    /// <summary>The quantity declared when the lot was registered.</summary>
    Declared,

    /// <summary>Items added later: found, handed in, taken into the lot.</summary>
    Added,

    Destroyed,

    /// <summary>Items handed to another holder (another lot, State or body: the counterpart says who).</summary>
    TransferredOut,

    /// <summary>Retained items used up in training, research or testing.</summary>
    Consumed,
}

public enum DestructionMethod
{
    OpenDetonation,
    OpenBurning,
    IndustrialDemilitarisation,
    Other,
}

public static class MovementKinds
{
    /// <summary>Declared and added quantities go into a lot; every other movement takes out of it.</summary>
    public static bool Adds(this MovementKind kind) => kind is MovementKind.Declared or MovementKind.Added;
}
