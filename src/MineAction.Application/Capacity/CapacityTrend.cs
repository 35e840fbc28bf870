namespace MineAction.Application.Capacity;

/// <summary>
/// National capacity over the years: for each year, every organisation's latest snapshot of that year (a stock,
/// not a flow), summed — teams by activity, personnel by role and sex, assets, dogs and national budget.
/// </summary>
public static class CapacityTrend
{
    public sealed record YearTotals(int Year, int Organisations, Teams Teams, Personnel Deminers, Personnel Surveyors, Personnel EodOperators,
        Personnel EoreFacilitators, Personnel Medics, Personnel Managers, int MechanicalAssets, int MineDetectionDogs, decimal NationalBudgetUsd)
    {
        public Personnel AllPersonnel => new(
            Deminers.Women + Surveyors.Women + EodOperators.Women + EoreFacilitators.Women + Medics.Women + Managers.Women,
            Deminers.Men + Surveyors.Men + EodOperators.Men + EoreFacilitators.Men + Medics.Men + Managers.Men);
    }

    public sealed record Query(int? FromYear = null, int? ToYear = null, Guid? OrganisationId = null) : IQuery<IReadOnlyList<YearTotals>>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, IReadOnlyList<YearTotals>>
    {
        public async ValueTask<IReadOnlyList<YearTotals>> Handle(Query q, CancellationToken cancellationToken)
        {
            // Snapshots are few (organisations × periods); the latest per organisation and year is picked after loading them.
            var snapshots = db.CapacitySnapshots.AsNoTracking();
            snapshots = q.FromYear is { } from ? snapshots.Where(s => s.Year >= from) : snapshots;
            snapshots = q.ToYear is { } to ? snapshots.Where(s => s.Year <= to) : snapshots;
            snapshots = q.OrganisationId is { } organisation ? snapshots.Where(s => s.OrganisationId == organisation) : snapshots;
            var latest = (await snapshots.ToListAsync(cancellationToken))
                .GroupBy(s => (s.Year, s.OrganisationId))
                .Select(g => g.OrderByDescending(s => s.Quarter ?? 5).First());
            return latest.GroupBy(s => s.Year).OrderBy(g => g.Key).Select(g => new YearTotals(
                g.Key, g.Count(),
                new Teams(g.Sum(s => s.Teams.Nts), g.Sum(s => s.Teams.Ts), g.Sum(s => s.Teams.Clearance), g.Sum(s => s.Teams.Bac),
                    g.Sum(s => s.Teams.Eod), g.Sum(s => s.Teams.Eore), g.Sum(s => s.Teams.Va)),
                Sum(g, s => s.Deminers), Sum(g, s => s.Surveyors), Sum(g, s => s.EodOperators), Sum(g, s => s.EoreFacilitators),
                Sum(g, s => s.Medics), Sum(g, s => s.Managers),
                g.Sum(s => s.MechanicalAssets), g.Sum(s => s.MineDetectionDogs), g.Sum(s => s.NationalBudgetUsd))).ToList();
        }

        private static Personnel Sum(IEnumerable<CapacitySnapshot> snapshots, Func<CapacitySnapshot, Personnel> role) =>
            new(snapshots.Sum(s => role(s).Women), snapshots.Sum(s => role(s).Men));
    }
}
