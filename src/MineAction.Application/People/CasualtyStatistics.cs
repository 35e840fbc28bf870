namespace MineAction.Application.People;

/// <summary>Casualties by year, sex, age group, device category and activity — counts only, no personal data.</summary>
public static class CasualtyStatistics
{
    public sealed record Row(int Year, Sex Sex, AgeGroup AgeGroup, DeviceCategory DeviceCategory, ActivityAtTime ActivityAtTime,
        int Killed, int Injured);

    public sealed record Query(int? Year = null, Guid? ProvinceId = null) : IQuery<IReadOnlyList<Row>>;

    public sealed class Handler(IReportingDb db) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        public async ValueTask<IReadOnlyList<Row>> Handle(Query q, CancellationToken cancellationToken)
        {
            var rows = await (
                    from c in db.Casualties
                    join a in db.Accidents on c.AccidentId equals a.Id
                    where (q.Year == null || a.OccurredOn.Year == q.Year) && (q.ProvinceId == null || a.ProvinceId == q.ProvinceId)
                    group c by new { a.OccurredOn.Year, c.Sex, c.AgeGroup, a.DeviceCategory, a.ActivityAtTime } into g
                    select new
                    {
                        g.Key.Year, g.Key.Sex, g.Key.AgeGroup, g.Key.DeviceCategory, g.Key.ActivityAtTime,
                        Killed = g.Count(c => c.Outcome == CasualtyOutcome.Killed),
                        Injured = g.Count(c => c.Outcome == CasualtyOutcome.Injured),
                    })
                .ToListAsync(cancellationToken);
            return rows.Select(r => new Row(r.Year, r.Sex, r.AgeGroup, r.DeviceCategory, r.ActivityAtTime, r.Killed, r.Injured))
                .OrderBy(r => r.Year).ThenBy(r => r.Sex).ThenBy(r => r.AgeGroup).ToList();
        }
    }
}
