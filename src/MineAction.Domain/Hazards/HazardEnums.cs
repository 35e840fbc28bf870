namespace MineAction.Domain.Hazards;

/// <summary>Suspected (SHA) or confirmed (CHA) hazardous area.</summary>
public enum HazardType
{
    SHA,
    CHA,
}

public enum HazardStatus
{
    Open,
    Suspended,
    ClosedReleased,
    HandedOver,
}

/// <summary>Whether the presence of explosive ordnance rests on direct or indirect evidence.</summary>
public enum Evidence
{
    Indirect,
    Direct,
}

/// <summary>Device categories; APM and submunitions stay distinct because treaty reports count them separately.</summary>
public enum DeviceCategory
{
    AntiPersonnelMine,
    ImprovisedAntiPersonnelMine,
    AntiVehicleMine,
    ImprovisedExplosiveDevice,
    UnexplodedOrdnance,
    AbandonedExplosiveOrdnance,
    Submunition,
    ClusterMunition,
    BoobyTrap,
    SmallArmsAmmunition,
}

/// <summary>How treaties count device categories.</summary>
public static class TreatyCategories
{
    /// <summary>
    /// The Anti-Personnel Mine Ban Convention counts improvised anti-personnel mines (victim-activated IEDs) as anti-personnel mines;
    /// reports that ask keep them apart by category.
    /// </summary>
    public static readonly DeviceCategory[] ApmbcAntiPersonnelMines = [DeviceCategory.AntiPersonnelMine, DeviceCategory.ImprovisedAntiPersonnelMine];
}

/// <summary>What the contamination keeps people from doing with the land.</summary>
public enum LandUse
{
    Agriculture,
    Grazing,
    Housing,
    Infrastructure,
    Roads,
    WaterAccess,
    Forestry,
    Education,
    Health,
    Other,
}
