namespace MineAction.Application.People;

/// <summary>One risk education session (operators see their own organisation's before approval; others approved ones).</summary>
public static class GetEoreSession
{
    public sealed record Query(Guid Id) : IQuery<EoreSessionDto>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, EoreSessionDto>
    {
        public async ValueTask<EoreSessionDto> Handle(Query q, CancellationToken cancellationToken) =>
            await EoreQueries.Project(db.EoreSessions.AsNoTracking().Where(e => e.Id == q.Id)).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("EoreSession", q.Id);
    }
}
