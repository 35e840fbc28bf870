namespace MineAction.Application.Capacity;

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
            await db.EnsureOrganisationAsync(c.OrganisationId, "organisationId", cancellationToken);

            var snapshot = await db.CapacitySnapshots.SingleOrDefaultAsync(
                s => s.OrganisationId == c.OrganisationId && s.Year == c.Year && s.Quarter == c.Quarter, cancellationToken);
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
