namespace MineAction.Infrastructure.Demo;

/// <summary>
/// Operations history of the demo programme: accreditations of the operators (one expiring soon), task orders
/// at every step, QA visits with non-conformities, and capacity snapshots from 2019.
/// </summary>
internal static class DemoOperations
{
    /// <summary>
    /// Every surveying organisation, the authority's own teams included, is accredited nationwide for survey, clearance and EOD from 2005
    /// (when the demo's records begin), so its activities may start; TCS's clearance accreditation expires in 45 days.
    /// </summary>
    public static List<Accreditation> Accreditations(IReadOnlyList<Organisation> operators, DateOnly today)
    {
        var number = 0;
        return [.. from organisation in operators
            from activity in new[] { AccreditedActivity.NTS, AccreditedActivity.TS, AccreditedActivity.Clearance, AccreditedActivity.EOD }
            let expires = organisation.Acronym == "TCS" && activity == AccreditedActivity.Clearance ? today.AddDays(45) : today.AddYears(2)
            select new Accreditation(organisation.Id, activity, $"NMAA/ACC/{++number:000}", new DateOnly(2005, 1, 1), expires, [])];
    }

    public static IEnumerable<object> For(Random random, IReadOnlyList<Organisation> operators, Organisation authority,
        IReadOnlyList<HazardousArea> hazards, IReadOnlyList<LandReleaseActivity> activities, IReadOnlyList<Accreditation> accreditations, DateOnly today)
    {
        foreach (var organisation in operators.Where(o => o.Id != authority.Id))
        {
            for (var year = 2019; year <= today.Year; year++)
            {
                var size = random.Next(2, 8);
                yield return new CapacitySnapshot(organisation.Id, year, null, new CapacityFigures(
                    new Teams(random.Next(1, 3), random.Next(0, 3), size, random.Next(0, 2), random.Next(0, 2), random.Next(0, 3), 0),
                    new Personnel(size * random.Next(1, 4), size * random.Next(5, 9)), new Personnel(random.Next(0, 4), random.Next(2, 8)),
                    new Personnel(random.Next(0, 2), random.Next(1, 5)), new Personnel(random.Next(2, 8), random.Next(1, 5)),
                    new Personnel(random.Next(1, 3), random.Next(1, 3)), new Personnel(random.Next(0, 3), random.Next(1, 4)),
                    random.Next(0, 4), random.Next(0, 10), 0m));
            }
        }

        for (var year = 2019; year <= today.Year; year++)
        {
            yield return new CapacitySnapshot(authority.Id, year, null, new CapacityFigures(Teams.None, Personnel.None, Personnel.None, Personnel.None,
                Personnel.None, Personnel.None, new Personnel(6, 9), 0, 0, 1_500_000m + (year - 2019) * 150_000m));
        }

        foreach (var (hazard, i) in hazards.Where(h => h.Status == HazardStatus.Open).Take(24).Select((h, i) => (h, i)))
        {
            var organisation = operators[i % operators.Count];
            var task = new ClearanceTask(organisation.Id, i % 3 == 0 ? ActivityType.NTS : ActivityType.Clearance, [hazard.Id],
                (TaskPriority)(i % 3), 5 + random.NextDouble() * 20, today.AddDays(-60), today.AddDays(120), null);
            var step = i % 6;
            if (step >= 1)
            {
                task.Issue(today.AddDays(-50), today, accreditations, [hazard.ProvinceId]);
            }

            if (step >= 2) task.Accept(today.AddDays(-45), today);
            if (step >= 3) task.Start(today.AddDays(-40), today);
            if (step == 4) task.Complete(today.AddDays(-5), today);
            if (step == 5) task.Cancel(today.AddDays(-10), "Area reprioritised after the rainy season", today);
            yield return task;
        }

        foreach (var (activity, i) in activities.Take(30).Select((a, i) => (a, i)))
        {
            var visitedOn = activity.ActualEnd ?? today;
            var visit = new QualityVisit(i % 2 == 0 ? VisitKind.QA : VisitKind.QC, activity.Id, activity.OrganisationId, authority.Id, visitedOn,
                i % 2 == 0 ? "Monitoring visit: marking, medical cover and SOP compliance checked" : "Post-clearance sampling of released land", today);
            yield return visit;
            if (i % 3 == 0)
            {
                var nc = new NonConformity(visit, i % 9 == 0 ? Severity.Major : Severity.Minor, "Lane marking incomplete on the northern edge",
                    "Re-mark the lanes and brief the team", visitedOn.AddDays(14));
                if (i % 6 == 0)
                {
                    nc.Close(visitedOn.AddDays(10), "Photographs of the re-marked lanes; briefing register signed", today);
                }

                yield return nc;
            }
        }
    }
}
