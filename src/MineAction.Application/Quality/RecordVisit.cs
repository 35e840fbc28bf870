using Severity = MineAction.Domain.Quality.Severity;

namespace MineAction.Application.Quality;

/// <summary>A QA or QC visit to an activity with its non-conformities; a Critical one suspends the activity at once.</summary>
public static class RecordVisit
{
    public sealed record NonConformityInput(Severity? Severity, string? Description, string? CorrectiveAction, DateOnly? DueOn);

    public sealed record Command(VisitKind? Kind, Guid? ActivityId, Guid? InspectingOrganisationId, DateOnly? VisitedOn, string? Findings,
        IReadOnlyList<NonConformityInput>? NonConformities) : ICommand<VisitDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Kind).NotNull().IsInEnum();
            RuleFor(c => c.ActivityId).NotNull();
            RuleFor(c => c.InspectingOrganisationId).NotNull();
            RuleFor(c => c.VisitedOn).NotNull();
            RuleFor(c => c.Findings).NotEmpty().MaximumLength(QualityVisit.MaxTextLength);
            RuleForEach(c => c.NonConformities).NoEmptyEntries().ChildRules(n =>
            {
                n.RuleFor(x => x.Severity).NotNull().IsInEnum();
                n.RuleFor(x => x.Description).NotEmpty().MaximumLength(QualityVisit.MaxTextLength);
                n.RuleFor(x => x.CorrectiveAction).NotEmpty().MaximumLength(QualityVisit.MaxTextLength);
                n.RuleFor(x => x.DueOn).NotNull();
            });
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, VisitDto>
    {
        public async ValueTask<VisitDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureInRole(Roles.Quality, "Only quality and information managers record QA/QC visits.");

            var activity = await db.Activities.SingleOrDefaultAsync(a => a.Id == c.ActivityId, cancellationToken)
                ?? throw Invalid.Field("activityId", $"Activity '{c.ActivityId}' does not exist.");
            await db.EnsureOrganisationAsync(c.InspectingOrganisationId, "inspectingOrganisationId", cancellationToken);

            var (visit, ncs) = QualityVisit.Record(c.Kind!.Value, activity, c.InspectingOrganisationId!.Value, c.VisitedOn!.Value, c.Findings!,
                (c.NonConformities ?? []).Select(n => new Finding(n.Severity!.Value, n.Description!, n.CorrectiveAction!, n.DueOn!.Value)),
                clock.Today());

            db.QualityVisits.Add(visit);
            db.NonConformities.AddRange(ncs);
            await db.SaveChangesAsync(cancellationToken);
            return (await QualityQueries.VisitsAsync(db, db.QualityVisits.Where(v => v.Id == visit.Id), cancellationToken)).Single();
        }
    }
}
