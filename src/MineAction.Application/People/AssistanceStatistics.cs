namespace MineAction.Application.People;

/// <summary>Services delivered by pillar and the sex of the casualty (and cost), per year — no personal data.</summary>
public static class AssistanceStatistics
{
    public sealed record Row(int Year, Pillar Pillar, Sex Sex, int Services, decimal CostUsd);

    public sealed record Query(int? Year = null) : IQuery<IReadOnlyList<Row>>;

    public sealed class Handler(IReportingDb db) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        public async ValueTask<IReadOnlyList<Row>> Handle(Query q, CancellationToken cancellationToken)
        {
            var rows = await (
                    from s in db.AssistanceServices
                    join a in db.AssistanceCases on s.CaseId equals a.Id
                    join c in db.Casualties on a.CasualtyId equals c.Id
                    where q.Year == null || s.DeliveredOn.Year == q.Year
                    group s by new { s.DeliveredOn.Year, s.Pillar, c.Sex } into g
                    select new { g.Key.Year, g.Key.Pillar, g.Key.Sex, Services = g.Count(), Cost = g.Sum(x => x.CostUsd) })
                .ToListAsync(cancellationToken);
            return rows.Select(r => new Row(r.Year, r.Pillar, r.Sex, r.Services, r.Cost)).OrderBy(r => r.Year).ThenBy(r => r.Pillar).ThenBy(r => r.Sex).ToList();
        }
    }
}
