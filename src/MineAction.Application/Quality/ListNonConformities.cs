using Severity = MineAction.Domain.Quality.Severity;

namespace MineAction.Application.Quality;

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
