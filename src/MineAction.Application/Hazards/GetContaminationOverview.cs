namespace MineAction.Application.Hazards;

/// <summary>Official (approved) open contamination by type (count and area), aggregated in SQL, plus the number of organisations.</summary>
public static class GetContaminationOverview
{
    public sealed record TypeTotal(HazardType Type, int Count, double AreaM2);

    public sealed record Overview(IReadOnlyList<TypeTotal> ByType, int Organisations);

    public sealed record Query : IQuery<Overview>;

    public sealed class Handler(IReportingDb db) : IQueryHandler<Query, Overview>
    {
        public async ValueTask<Overview> Handle(Query query, CancellationToken cancellationToken)
        {
            var totals = await db.HazardousAreas.AsNoTracking().Approved()
                .Where(HazardousArea.AcceptingWork)
                .GroupBy(h => h.Type)
                .Select(g => new TypeTotal(g.Key, g.Count(), g.Sum(h => h.AreaM2)))
                .ToListAsync(cancellationToken);
            var byType = Enum.GetValues<HazardType>()
                .Select(t => totals.SingleOrDefault(x => x.Type == t) ?? new TypeTotal(t, 0, 0))
                .ToList();
            var organisations = await db.Organisations.Live().CountAsync(cancellationToken);
            return new Overview(byType, organisations);
        }
    }
}
