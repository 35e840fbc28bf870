using MineAction.Domain.Capacity;

namespace MineAction.Application.Capacity;

public sealed record CapacityDto(Guid Id, Guid OrganisationId, string OrganisationAcronym, int Year, int? Quarter, CapacityFigures Figures, uint RowVersion);

/// <summary>Records (or replaces) an organisation's capacity for a year or quarter.</summary>
public static class RecordCapacity
{
    public sealed record Command(Guid? OrganisationId, int? Year, int? Quarter, CapacityFigures? Figures) : ICommand<CapacityDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.OrganisationId).NotNull();
            RuleFor(c => c.Year).NotNull().InclusiveBetween(1990, 2100);
            RuleFor(c => c.Quarter).InclusiveBetween(1, 4);
            RuleFor(c => c.Figures).NotNull();
            RuleFor(c => c.Figures!.NationalBudgetUsd).GreaterThanOrEqualTo(0).When(c => c.Figures is not null).WithName("figures.nationalBudgetUsd");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : ICommandHandler<Command, CapacityDto>
    {
        public async ValueTask<CapacityDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureCanEnterDataFor(c.OrganisationId!.Value);
            if (!await db.Organisations.AnyAsync(o => o.Id == c.OrganisationId && o.ArchivedAt == null, cancellationToken))
            {
                throw Invalid.Field("organisationId", $"Organisation '{c.OrganisationId}' does not exist.");
            }

            var snapshot = await db.CapacitySnapshots.SingleOrDefaultAsync(
                s => s.OrganisationId == c.OrganisationId && s.Year == c.Year && s.Quarter == c.Quarter && s.ArchivedAt == null, cancellationToken);
            if (snapshot is null)
            {
                snapshot = new CapacitySnapshot(c.OrganisationId!.Value, c.Year!.Value, c.Quarter, c.Figures!);
                db.CapacitySnapshots.Add(snapshot);
            }
            else
            {
                snapshot.Update(c.Figures!);
            }

            await db.SaveChangesAsync(cancellationToken);
            var acronym = await db.Organisations.Where(o => o.Id == snapshot.OrganisationId).Select(o => o.Acronym).SingleAsync(cancellationToken);
            return ToDto(snapshot, acronym);
        }
    }

    public static CapacityDto ToDto(CapacitySnapshot s, string acronym) => new(s.Id, s.OrganisationId, acronym, s.Year, s.Quarter,
        new CapacityFigures(s.Teams, s.Deminers, s.Surveyors, s.EodOperators, s.EoreFacilitators, s.Medics, s.Managers, s.MechanicalAssets,
            s.MineDetectionDogs, s.NationalBudgetUsd), s.RowVersion);
}

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
            var snapshots = db.CapacitySnapshots.AsNoTracking().Where(s => s.ArchivedAt == null);
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
