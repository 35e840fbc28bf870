using MineAction.Domain.Quality;
using Severity = MineAction.Domain.Quality.Severity;

namespace MineAction.Application.Quality;

public sealed record NonConformityDto(Guid Id, Guid VisitId, Guid ActivityId, Guid OrganisationId, string OrganisationAcronym, Severity Severity,
    string Description, string CorrectiveAction, DateOnly RaisedOn, DateOnly DueOn, DateOnly? ClosedOn, string? ClosureEvidence, uint RowVersion);

public sealed record VisitDto(Guid Id, VisitKind Kind, Guid ActivityId, Guid InspectedOrganisationId, Guid InspectingOrganisationId,
    DateOnly VisitedOn, string Findings, IReadOnlyList<NonConformityDto> NonConformities);

internal static class QualityQueries
{
    public static IQueryable<NonConformityDto> NonConformities(IMineActionDb db, IQueryable<NonConformity> source) =>
        from n in source.Where(n => n.ArchivedAt == null)
        join o in db.Organisations on n.OrganisationId equals o.Id
        orderby n.RaisedOn descending, n.Id
        select new NonConformityDto(n.Id, n.VisitId, n.ActivityId, n.OrganisationId, o.Acronym, n.Severity, n.Description, n.CorrectiveAction,
            n.RaisedOn, n.DueOn, n.ClosedOn, n.ClosureEvidence, n.RowVersion);

    public static async Task<IReadOnlyList<VisitDto>> VisitsAsync(IMineActionDb db, IQueryable<QualityVisit> visits, CancellationToken ct)
    {
        var list = await visits.Where(v => v.ArchivedAt == null).OrderByDescending(v => v.VisitedOn).ThenBy(v => v.Id).ToListAsync(ct);
        var ids = list.Select(v => v.Id).ToList();
        var ncs = await NonConformities(db, db.NonConformities.Where(n => ids.Contains(n.VisitId))).ToListAsync(ct);
        return list.Select(v => new VisitDto(v.Id, v.Kind, v.ActivityId, v.InspectedOrganisationId, v.InspectingOrganisationId, v.VisitedOn,
            v.Findings, ncs.Where(n => n.VisitId == v.Id).ToList())).ToList();
    }
}

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
            RuleForEach(c => c.NonConformities).ChildRules(n =>
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

            var activity = await db.Activities.SingleOrDefaultAsync(a => a.Id == c.ActivityId && a.ArchivedAt == null, cancellationToken)
                ?? throw Invalid.Field("activityId", $"Activity '{c.ActivityId}' does not exist.");
            if (!await db.Organisations.AnyAsync(o => o.Id == c.InspectingOrganisationId && o.ArchivedAt == null, cancellationToken))
            {
                throw Invalid.Field("inspectingOrganisationId", $"Organisation '{c.InspectingOrganisationId}' does not exist.");
            }

            var today = clock.Today();
            var visit = new QualityVisit(c.Kind!.Value, activity.Id, activity.OrganisationId, c.InspectingOrganisationId!.Value, c.VisitedOn!.Value,
                c.Findings!, today);
            var ncs = (c.NonConformities ?? []).Select(n => new NonConformity(visit, n.Severity!.Value, n.Description!, n.CorrectiveAction!, n.DueOn!.Value)).ToList();
            if (ncs.Any(n => n.Severity == Severity.Critical))
            {
                activity.SuspendForCriticalNonConformity();
            }

            db.QualityVisits.Add(visit);
            db.NonConformities.AddRange(ncs);
            await db.SaveChangesAsync(cancellationToken);
            return (await QualityQueries.VisitsAsync(db, db.QualityVisits.Where(v => v.Id == visit.Id), cancellationToken)).Single();
        }
    }
}

public static class CloseNonConformity
{
    public sealed record Command(Guid Id, DateOnly? ClosedOn, string? Evidence) : ICommand<NonConformityDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ClosedOn).NotNull().WithName("closedOn");
            RuleFor(c => c.Evidence).NotEmpty().MaximumLength(QualityVisit.MaxTextLength).WithName("evidence");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, NonConformityDto>
    {
        public async ValueTask<NonConformityDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureInRole(Roles.Quality, "Only quality and information managers close non-conformities.");

            await db.ChangeAsync(db.NonConformities, c.Id, null,
                n => n.Close(c.ClosedOn!.Value, c.Evidence!, clock.Today()), cancellationToken);
            return await QualityQueries.NonConformities(db, db.NonConformities.Where(n => n.Id == c.Id)).SingleAsync(cancellationToken);
        }
    }
}

public static class ListVisits
{
    public sealed record Query(Guid? ActivityId = null, Guid? OrganisationId = null) : IQuery<IReadOnlyList<VisitDto>>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : IQueryHandler<Query, IReadOnlyList<VisitDto>>
    {
        public async ValueTask<IReadOnlyList<VisitDto>> Handle(Query q, CancellationToken cancellationToken)
        {
            var visits = db.QualityVisits.AsQueryable();
            visits = user.IsOperator() ? visits.Where(v => v.InspectedOrganisationId == user.OrganisationId) : visits;
            visits = q.ActivityId is { } activity ? visits.Where(v => v.ActivityId == activity) : visits;
            visits = q.OrganisationId is { } organisation ? visits.Where(v => v.InspectedOrganisationId == organisation) : visits;
            return await QualityQueries.VisitsAsync(db, visits, cancellationToken);
        }
    }
}

/// <summary>Non-conformities by organisation; <c>open=true</c> lists what each organisation still has to correct.</summary>
public static class ListNonConformities
{
    public sealed record Query(Guid? OrganisationId = null, bool? Open = null, Severity? Severity = null) : IQuery<IReadOnlyList<NonConformityDto>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Severity).IsInEnum().WithName("severity");
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : IQueryHandler<Query, IReadOnlyList<NonConformityDto>>
    {
        public async ValueTask<IReadOnlyList<NonConformityDto>> Handle(Query q, CancellationToken cancellationToken)
        {
            var ncs = db.NonConformities.AsQueryable();
            ncs = user.IsOperator() ? ncs.Where(n => n.OrganisationId == user.OrganisationId) : ncs;
            ncs = q.OrganisationId is { } organisation ? ncs.Where(n => n.OrganisationId == organisation) : ncs;
            ncs = q.Open is { } open ? ncs.Where(n => (n.ClosedOn == null) == open) : ncs;
            ncs = q.Severity is { } severity ? ncs.Where(n => n.Severity == severity) : ncs;
            return await QualityQueries.NonConformities(db, ncs).ToListAsync(cancellationToken);
        }
    }
}
