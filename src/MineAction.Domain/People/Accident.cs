using MineAction.Domain.Hazards;
using NetTopologySuite.Geometries;

namespace MineAction.Domain.People;

/// <summary>What the victims were doing: demining work, or a civilian activity.</summary>
public enum ActivityAtTime
{
    Demining,
    Farming,
    Herding,
    CollectingWood,
    Tampering,
    Travelling,
    Playing,
    Other,
}

/// <summary>An explosive ordnance accident: where, when, which device, what people were doing, how many were killed or injured.</summary>
public sealed class Accident : Entity
{
    public const int MaxSourceLength = 500;
    public const int MaxCount = 10_000;

    private Accident()
    {
    }

    public Accident(DateOnly occurredOn, Point location, Guid provinceId, Guid? districtId, DeviceCategory deviceCategory, Guid? hazardousAreaId,
        ActivityAtTime activityAtTime, int killed, int injured, string? source, DateOnly today)
    {
        if (occurredOn > today)
        {
            throw new DomainRuleViolation("DATE_IN_FUTURE", "An accident cannot be dated in the future.", "occurredOn");
        }

        if (killed is < 0 or > MaxCount || injured is < 0 or > MaxCount)
        {
            throw new DomainRuleViolation("COUNT_OUT_OF_RANGE", $"Killed and injured are 0–{MaxCount}.", killed < 0 ? "killed" : "injured");
        }

        if (killed + injured == 0)
        {
            throw new DomainRuleViolation("NO_CASUALTIES", "A casualty accident has at least one person killed or injured.", "killed");
        }

        location.SRID = HazardGeometry.Srid;
        OccurredOn = occurredOn;
        Location = location;
        ProvinceId = provinceId;
        DistrictId = districtId;
        DeviceCategory = deviceCategory;
        HazardousAreaId = hazardousAreaId;
        ActivityAtTime = activityAtTime;
        Killed = killed;
        Injured = injured;
        Source = Text.TrimToNull(source);
    }

    public DateOnly OccurredOn { get; private set; }
    public Point Location { get; private set; } = null!;
    public Guid ProvinceId { get; private set; }
    public Guid? DistrictId { get; private set; }
    public DeviceCategory DeviceCategory { get; private set; }
    public Guid? HazardousAreaId { get; private set; }
    public ActivityAtTime ActivityAtTime { get; private set; }
    public int Killed { get; private set; }
    public int Injured { get; private set; }
    public string? Source { get; private set; }

    /// <summary>Its id in the system it came from (IMSMA's, or a field form's submission id; see <see cref="ExternalId"/>).</summary>
    public string? ExternalImsmaId { get; private set; }

    public void Identify(string? externalId) => ExternalImsmaId = ExternalId.Normalise(externalId);
}
