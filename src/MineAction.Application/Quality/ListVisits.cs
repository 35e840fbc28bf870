namespace MineAction.Application.Quality;

public static class ListVisits
{
    public sealed record Query(Guid? ActivityId = null, Guid? OrganisationId = null) : IQuery<IReadOnlyList<VisitDto>>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : IQueryHandler<Query, IReadOnlyList<VisitDto>>
    {
        public async ValueTask<IReadOnlyList<VisitDto>> Handle(Query q, CancellationToken cancellationToken)
        {
            var visits = db.VisibleVisits(user);
            visits = q.ActivityId is { } activity ? visits.Where(v => v.ActivityId == activity) : visits;
            visits = q.OrganisationId is { } organisation ? visits.Where(v => v.InspectedOrganisationId == organisation) : visits;
            return await QualityQueries.VisitsAsync(db, visits, cancellationToken);
        }
    }
}
