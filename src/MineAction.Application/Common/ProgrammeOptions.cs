namespace MineAction.Application.Common;

/// <summary>National settings of the programme (configuration section "Programme").</summary>
public sealed class ProgrammeOptions
{
    public const string Section = "Programme";

    /// <summary>Clearance depth the NMAA requires unless an activity specifies another (IMAS 09.10; cm).</summary>
    public int DefaultClearanceDepthCm { get; set; } = 13;

    /// <summary>Share of a new hazard's area that, overlapping an open hazard, makes it a possible duplicate.</summary>
    public double DuplicateOverlapShare { get; set; } = 0.5;
}
