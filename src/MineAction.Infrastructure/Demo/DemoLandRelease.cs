using NetTopologySuite.Geometries;

namespace MineAction.Infrastructure.Demo;

/// <summary>
/// Survey and clearance history for the demo hazards: about a third have an approved activity that
/// cancelled, reduced or cleared part of the area (with devices found and destroyed), and some were
/// fully cleared, closed and handed over. Products are cut from the hazard polygon, so they lie inside it
/// and never overlap.
/// </summary>
internal static class DemoLandRelease
{
    internal const string Reviewer = "im@tarsenia.example";
    internal const string Checked = "Completion report checked";

    public static IEnumerable<object> For(HazardousArea hazard, Random random, IReadOnlyList<Organisation> operators,
        IReadOnlyList<Accreditation> accreditations, DateOnly today)
    {
        var roll = random.NextDouble();
        if (roll > 0.35 || hazard.ConfirmedOn is null && hazard.RecordedOn.AddDays(60) > today)
        {
            yield break;
        }

        var organisation = operators[random.Next(operators.Count)];
        var start = Between(random, hazard.ConfirmedOn ?? hazard.RecordedOn, today.AddDays(-30));
        var fullClearance = roll < 0.08;
        var type = fullClearance ? ActivityType.Clearance : (ActivityType)random.Next(0, 3);
        var activity = new LandReleaseActivity(hazard.Id, organisation.Id, type,
            new ActivityPlan(type == ActivityType.Clearance ? [ClearanceMethod.Manual, ClearanceMethod.Mechanical] : [ClearanceMethod.Manual],
                13, start, start.AddDays(90)), today);
        activity.Start(start, today, accreditations, hazard.ProvinceId);
        yield return activity;

        var released = Between(random, start, today);
        var outcome = type switch { ActivityType.NTS => ReleaseOutcome.Cancelled, ActivityType.TS => ReleaseOutcome.Reduced, _ => ReleaseOutcome.Cleared };
        var polygon = fullClearance ? hazard.Geometry : Strip(hazard.Geometry, 0, 0.3 + (0.5 * random.NextDouble()));
        var approvedAt = DateTimeOffset.UtcNow;
        if (polygon is not null)
        {
            var product = new LandReleaseProduct(activity, polygon, outcome, outcome == ReleaseOutcome.Cleared ? 13 + random.Next(0, 20) : null, released, today);
            product.Approve(Reviewer, approvedAt, Checked);
            yield return product;
        }

        if (type == ActivityType.Clearance)
        {
            var category = hazard.DeviceCategories.Count > 0 ? hazard.DeviceCategories[random.Next(hazard.DeviceCategories.Count)] : DeviceCategory.UnexplodedOrdnance;
            for (var i = random.Next(0, 4); i > 0; i--)
            {
                var device = new DeviceFound(activity, null, category, null, random.Next(1, 6), null, random.Next(0, 25), DeviceCondition.Intact, released, today);
                device.RecordDisposal(DisposalMethod.DestroyedInSitu, released, today, activity);
                device.Approve(Reviewer, approvedAt, Checked);
                yield return device;
            }
        }

        activity.Complete(released, today, 0);
        activity.Approve(Reviewer, approvedAt, Checked);
        if (fullClearance && polygon is not null)
        {
            hazard.CloseAsReleased(released, double.MaxValue, today);
            if (random.NextDouble() < 0.6)
            {
                hazard.HandOver(released, "Handed over to the village development committee", today);
            }
        }
    }

    /// <summary>
    /// The part of the polygon between two meridians at shares <paramref name="from"/> and <paramref name="to"/> of its width (from 0: from
    /// its west edge; beyond 1: up to its east edge), when that part is polygonal and valid.
    /// </summary>
    internal static Geometry? Strip(MultiPolygon polygon, double from, double to)
    {
        var box = polygon.EnvelopeInternal;
        var west = from <= 0 ? box.MinX - 1 : box.MinX + (from * box.Width);
        var cut = HazardGeometry.Factory.ToGeometry(new Envelope(west, box.MinX + (to * box.Width), box.MinY - 1, box.MaxY + 1));
        var part = polygon.Intersection(cut);
        return part is Polygon or MultiPolygon && !part.IsEmpty && HazardGeometry.Problem(part) is null ? part : null;
    }

    internal static DateOnly Between(Random random, DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));
}
