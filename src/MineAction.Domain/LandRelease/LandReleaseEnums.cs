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
}
