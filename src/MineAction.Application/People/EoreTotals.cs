namespace MineAction.Application.People;

/// <summary>People reached by risk education per year and province, by sex and age, and of them persons with disabilities (approved sessions).</summary>
public static class EoreTotals
{
    public sealed record Row(int Year, Guid ProvinceId, int Sessions, Sadd Beneficiaries, Sadd WithDisabilities);

    public sealed record Query(int? Year = null, Guid? ProvinceId = null) : IQuery<IReadOnlyList<Row>>;

    public sealed class Handler(IReportingDb db) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        public async ValueTask<IReadOnlyList<Row>> Handle(Query q, CancellationToken cancellationToken)
        {
            var sessions = db.EoreSessions.Approved();
            sessions = q.Year is { } year ? sessions.Where(e => e.HeldOn.Year == year) : sessions;
            sessions = q.ProvinceId is { } province ? sessions.Where(e => e.ProvinceId == province) : sessions;
            var rows = await sessions
                .GroupBy(e => new { e.HeldOn.Year, e.ProvinceId })
                .Select(g => new
                {
                    g.Key.Year, g.Key.ProvinceId, Sessions = g.Count(),
                    Girls = g.Sum(e => e.Beneficiaries.Girls), Boys = g.Sum(e => e.Beneficiaries.Boys),
                    Women = g.Sum(e => e.Beneficiaries.Women), Men = g.Sum(e => e.Beneficiaries.Men),
                    DGirls = g.Sum(e => e.WithDisabilities.Girls), DBoys = g.Sum(e => e.WithDisabilities.Boys),
                    DWomen = g.Sum(e => e.WithDisabilities.Women), DMen = g.Sum(e => e.WithDisabilities.Men),
                })
                .ToListAsync(cancellationToken);
            return rows.Select(r => new Row(r.Year, r.ProvinceId, r.Sessions, new Sadd(r.Girls, r.Boys, r.Women, r.Men),
                new Sadd(r.DGirls, r.DBoys, r.DWomen, r.DMen))).OrderBy(r => r.Year).ThenBy(r => r.ProvinceId).ToList();
        }
    }
}
