using MineAction.Domain.Hazards;
using NetTopologySuite.Geometries;

namespace MineAction.Domain.LandRelease;

/// <summary>
/// Explosive ordnance found during an activity, and how it was disposed of. Reviewed on its own like released land: devices reported
/// while the activity goes on, and disposals recorded later, are submissions; only approved devices count officially.
/// </summary>
public sealed class DeviceFound : ApprovableEntity
{
    public const int MaxModelLength = 100;
    public const int MaxQuantity = 100_000;

    private DeviceFound()
    {
    }

    public DeviceFound(LandReleaseActivity activity, Guid? productId, DeviceCategory category, string? model, int quantity,
        Point? location, int? depthCm, DeviceCondition condition, DateOnly foundOn, DateOnly today)
    {
        activity.EnsureAcceptsResults();
        if (quantity is < 1 or > MaxQuantity)
        {
            throw new DomainRuleViolation("QUANTITY_OUT_OF_RANGE", $"Quantity is 1–{MaxQuantity}.", "quantity");
        }

        if (depthCm is < 0 or > LandReleaseActivity.MaxDepthCm)
        {
            throw new DomainRuleViolation("DEPTH_OUT_OF_RANGE", $"Depth is 0–{LandReleaseActivity.MaxDepthCm} cm.", "depthCm");
        }

        if (foundOn > today)
        {
            throw new DomainRuleViolation("DATE_IN_FUTURE", "A device cannot be found in the future.", "foundOn");
        }

        activity.EnsureWithinPeriod(foundOn, today, "DEVICE_DATE_OUTSIDE_ACTIVITY", "The date found", "foundOn");

        if (location is not null)
        {
            location.SRID = HazardGeometry.Srid;
        }

        ActivityId = activity.Id;
        OrganisationId = activity.OrganisationId;
        HazardousAreaId = activity.HazardousAreaId;
        ProductId = productId;
        Category = category;
        Model = Text.TrimToNull(model);
        Quantity = quantity;
        Location = location;
        DepthCm = depthCm;
        Condition = condition;
        FoundOn = foundOn;
    }

    public Guid ActivityId { get; private set; }

    /// <summary>The activity's organisation (whose operators see the device before approval).</summary>
    public Guid OrganisationId { get; private set; }
    public Guid HazardousAreaId { get; private set; }
    public Guid? ProductId { get; private set; }
    public DeviceCategory Category { get; private set; }
    public string? Model { get; private set; }
    public int Quantity { get; private set; }
    public Point? Location { get; private set; }
    public int? DepthCm { get; private set; }
    public DeviceCondition Condition { get; private set; }
    public DateOnly FoundOn { get; private set; }
    public DisposalMethod? DisposalMethod { get; private set; }
    public DateOnly? DisposedOn { get; private set; }

    /// <summary>Its id in the system it came from (see <see cref="Common.ExternalId"/>).</summary>
    public string? ExternalImsmaId { get; private set; }

    public void Identify(string? externalId) => ExternalImsmaId = ExternalId.Normalise(externalId);

    /// <summary>Records how and when the device was disposed of: from the day found, within its activity, not in the future.</summary>
    public void RecordDisposal(DisposalMethod method, DateOnly on, DateOnly today, LandReleaseActivity activity)
    {
        EnsureNotArchived();
        if (on < FoundOn || on > today)
        {
            throw new DomainRuleViolation("DATE_ORDER", "Disposal is dated between the day found and today.", "disposedOn");
        }

        activity.EnsureWithinPeriod(on, today, "DEVICE_DATE_OUTSIDE_ACTIVITY", "The disposal date", "disposedOn");

        DisposalMethod = method;
        DisposedOn = on;
    }
}
