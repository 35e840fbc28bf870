using MineAction.Domain.Hazards;
using NetTopologySuite.Geometries;

namespace MineAction.Domain.LandRelease;

/// <summary>
/// The land one activity released: its polygon (area computed by PostGIS), outcome and date. The
/// rules that need the other products of the hazard (inside, no overlap, total ≤ area) are checked
/// in PostGIS under a lock on the hazard row. It is reviewed on its own: land reported while the activity goes on (monthly progress
/// on a long task) is a new submission, approved with the activity report or by itself; only approved products count officially.
/// </summary>
public sealed class LandReleaseProduct : ApprovableEntity
{
    private LandReleaseProduct()
    {
    }

    public LandReleaseProduct(LandReleaseActivity activity, Geometry geometry, ReleaseOutcome outcome, int? clearedDepthCm,
        DateOnly releaseDate, DateOnly today)
    {
        activity.EnsureAcceptsResults();
        activity.EnsureOutcome(outcome);
        activity.EnsureReleaseDate(releaseDate, today);
        if (outcome == ReleaseOutcome.Cleared)
        {
            if (clearedDepthCm is null)
            {
                throw new DomainRuleViolation("CLEARED_DEPTH_REQUIRED", "Cleared land needs the depth it was cleared to.", "clearedDepthCm");
            }

            if (clearedDepthCm < activity.SpecifiedDepthCm)
            {
                throw new DomainRuleViolation("CLEARED_DEPTH_TOO_SHALLOW",
                    $"Cleared to {clearedDepthCm} cm, but the specified depth is {activity.SpecifiedDepthCm} cm.", "clearedDepthCm");
            }
        }

        ActivityId = activity.Id;
        OrganisationId = activity.OrganisationId;
        HazardousAreaId = activity.HazardousAreaId;
        Geometry = HazardGeometry.ToValidMultiPolygon(geometry);
        Outcome = outcome;
        ClearedDepthCm = outcome == ReleaseOutcome.Cleared ? clearedDepthCm : null;
        ReleaseDate = releaseDate;
    }

    public Guid ActivityId { get; private set; }

    /// <summary>The activity's organisation (whose operators see the product before approval).</summary>
    public Guid OrganisationId { get; private set; }
    public Guid HazardousAreaId { get; private set; }
    public MultiPolygon Geometry { get; private set; } = null!;
    public double AreaM2 { get; private set; }
    public ReleaseOutcome Outcome { get; private set; }
    public int? ClearedDepthCm { get; private set; }
    public DateOnly ReleaseDate { get; private set; }

    /// <summary>Its id in the system it came from (see <see cref="Common.ExternalId"/>).</summary>
    public string? ExternalImsmaId { get; private set; }

    public void Identify(string? externalId) => ExternalImsmaId = ExternalId.Normalise(externalId);

    /// <summary>
    /// Set when the hazard is re-opened after this land was released (e.g. a device found later): from that
    /// day the land counts as contaminated again and may be released anew. The release itself stays on record.
    /// </summary>
    public DateOnly? SupersededOn { get; private set; }

    public void Supersede(DateOnly on)
    {
        if (SupersededOn is not null)
        {
            throw new DomainRuleViolation("ALREADY_SUPERSEDED", "This release was already superseded by a re-opening.");
        }

        if (on < ReleaseDate)
        {
            throw new DomainRuleViolation("DATE_ORDER", "A release cannot be superseded before it happened.", "date");
        }

        SupersededOn = on;
    }
}
