namespace MineAction.Infrastructure.Demo;

/// <summary>
/// The survey and clearance history of a hazard of the national-scale demo: a non-technical survey cancelling a strip of it, a technical
/// survey reducing one or two more, then clearance of one to three strips with the devices found and destroyed — each activity started
/// when the one before ended, none after today. Strips are cut from the hazard between meridians, west to east, so they lie inside it
/// and never overlap; about one hazard in seven is cleared to its east edge, closed and mostly handed over.
/// </summary>
internal static class DemoScaleHistory
{
    public static IEnumerable<object> For(HazardousArea hazard, Random random, IReadOnlyList<Organisation> operators,
        IReadOnlyList<Accreditation> accreditations, DateOnly today)
    {
        if (hazard.ApprovalStatus != Domain.Common.ApprovalStatus.Approved)
        {
            yield break;
        }

        var organisation = operators[random.Next(operators.Count)];
        var stages = new[] { (ActivityType.NTS, 1), (ActivityType.TS, random.Next(1, 3)), (ActivityType.Clearance, random.Next(1, 4)) };
        var full = random.NextDouble() < 0.15;
        var width = (full ? 1.0 : 0.5 + (0.4 * random.NextDouble())) / stages.Sum(s => s.Item2);
        var (edge, from, approvedAt) = (0.0, hazard.ConfirmedOn ?? hazard.RecordedOn, DateTimeOffset.UtcNow);
        foreach (var (type, strips) in stages)
        {
            var start = from.AddDays(random.Next(1, 45));
            var end = start.AddDays(random.Next(5, 120));
            if (end > today)
            {
                yield break;
            }

            var activity = new LandReleaseActivity(hazard.Id, organisation.Id, type,
                new ActivityPlan(type == ActivityType.Clearance ? [ClearanceMethod.Manual, ClearanceMethod.Mechanical] : [ClearanceMethod.Manual],
                    13, start, end), today);
            activity.Start(start, today, accreditations, hazard.ProvinceId);
            yield return activity;
            var outcome = type switch { ActivityType.NTS => ReleaseOutcome.Cancelled, ActivityType.TS => ReleaseOutcome.Reduced, _ => ReleaseOutcome.Cleared };
            for (var i = 0; i < strips; i++, edge += width)
            {
                var last = full && type == ActivityType.Clearance && i == strips - 1;
                if (DemoLandRelease.Strip(hazard.Geometry, edge, last ? 2 : edge + width) is { } polygon)
                {
                    var product = new LandReleaseProduct(activity, polygon, outcome, outcome == ReleaseOutcome.Cleared ? 13 + random.Next(0, 20) : null,
                        DemoLandRelease.Between(random, start, end), today);
                    product.Approve(DemoLandRelease.Reviewer, approvedAt, DemoLandRelease.Checked);
                    yield return product;
                }
            }

            if (type == ActivityType.Clearance)
            {
                foreach (var device in Devices(hazard, activity, random, start, end, today, approvedAt))
                {
                    yield return device;
                }
            }

            activity.Complete(end, today, 0);
            activity.Approve(DemoLandRelease.Reviewer, approvedAt, DemoLandRelease.Checked);
            from = end;
        }

        if (full)
        {
            hazard.CloseAsReleased(from, double.MaxValue, today);
            if (random.NextDouble() < 0.6)
            {
                hazard.HandOver(from, "Handed over to the village development committee", today);
            }
        }
    }

    private static IEnumerable<DeviceFound> Devices(HazardousArea hazard, LandReleaseActivity activity, Random random, DateOnly start, DateOnly end,
        DateOnly today, DateTimeOffset approvedAt)
    {
        for (var i = random.Next(1, 8); i > 0; i--)
        {
            var category = hazard.DeviceCategories.Count > 0 ? hazard.DeviceCategories[random.Next(hazard.DeviceCategories.Count)] : DeviceCategory.UnexplodedOrdnance;
            var found = DemoLandRelease.Between(random, start, end);
            var device = new DeviceFound(activity, null, category, null, random.Next(1, 6), null, random.Next(0, 25), DeviceCondition.Intact, found, today);
            device.RecordDisposal(DisposalMethod.DestroyedInSitu, DemoLandRelease.Between(random, found, end), today, activity);
            device.Approve(DemoLandRelease.Reviewer, approvedAt, DemoLandRelease.Checked);
            yield return device;
        }
    }
}
