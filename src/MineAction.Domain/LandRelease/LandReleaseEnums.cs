namespace MineAction.Domain.LandRelease;

/// <summary>Non-technical survey, technical survey, clearance, battle area clearance, explosive ordnance disposal.</summary>
public enum ActivityType
{
    NTS,
    TS,
    Clearance,
    BAC,
    EOD,
}

public enum ActivityStatus
{
    Planned,
    InProgress,
    Suspended,
    Completed,
}

public enum ClearanceMethod
{
    Manual,
    Mechanical,
    AnimalDetection,
}

/// <summary>How land was released: cancelled by NTS, reduced by TS, cleared by clearance.</summary>
public enum ReleaseOutcome
{
    Cancelled,
    Reduced,
    Cleared,
}

public enum DeviceCondition
{
    Intact,
    Damaged,
    Armed,
    Unknown,
}

public enum DisposalMethod
{
    DestroyedInSitu,
    Removed,
    RenderedSafe,

    /// <summary>Handed over intact to the police or army (not destroyed by the operator).</summary>
    HandedOver,
}

/// <summary>How disposals count in official figures (Landmine Monitor, Article 7).</summary>
public static class Disposal
{
    /// <summary>
    /// The methods that destroy the item — in situ, or after removal to a demolition site — and so the only ones counted as
    /// "destroyed". Items rendered safe or handed over are counted in their own columns.
    /// </summary>
    public static readonly DisposalMethod[] Destroying = [DisposalMethod.DestroyedInSitu, DisposalMethod.Removed];

    public static bool Destroys(this DisposalMethod method) => Destroying.Contains(method);
}
