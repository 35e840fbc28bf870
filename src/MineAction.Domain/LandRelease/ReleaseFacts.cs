using MineAction.Domain.Hazards;

namespace MineAction.Domain.LandRelease;

/// <summary>
/// What PostGIS measured about a new product against its hazard (under a lock on the hazard row),
/// and the IMAS rules those measures must satisfy.
/// </summary>
public sealed record ReleaseFacts(bool InsideHazard, double ProductAreaM2, double HazardAreaM2, double AlreadyReleasedM2, double LargestOverlapM2)
{
    /// <summary>Overlaps up to this size are GPS noise along shared edges.</summary>
    public const double OverlapToleranceM2 = 1.0;

    public void Ensure()
    {
        if (!InsideHazard)
        {
            throw new DomainRuleViolation("PRODUCT_OUTSIDE_HAZARD",
                "The released polygon must lie inside the hazardous area (1 m tolerance for GPS noise).", "geometry");
        }

        if (LargestOverlapM2 > OverlapToleranceM2)
        {
            throw new DomainRuleViolation("PRODUCT_OVERLAPS_RELEASED_LAND",
                $"The polygon overlaps land already released by {LargestOverlapM2:N1} m²: no land is released twice.", "geometry");
        }

        var total = AlreadyReleasedM2 + ProductAreaM2;
        if (total > HazardAreaM2 * (1 + HazardousArea.AreaTolerance))
        {
            throw new DomainRuleViolation("RELEASED_EXCEEDS_AREA",
                $"Released land would total {total:N0} m², more than the hazardous area's {HazardAreaM2:N0} m².", "geometry");
        }
    }
}
