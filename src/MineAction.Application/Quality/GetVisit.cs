namespace MineAction.Application.Quality;

public static class GetVisit
{
    public sealed record Query(Guid Id) : IQuery<VisitDto>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : IQueryHandler<Query, VisitDto>
    {
        public async ValueTask<VisitDto> Handle(Query q, CancellationToken cancellationToken) =>
            (await QualityQueries.VisitsAsync(db, db.VisibleVisits(user).Where(v => v.Id == q.Id), cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException("QualityVisit", q.Id);
    }
}
