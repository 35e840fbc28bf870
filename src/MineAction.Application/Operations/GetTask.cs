namespace MineAction.Application.Operations;

public static class GetTask
{
    public sealed record Query(Guid Id) : IQuery<TaskDto>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : IQueryHandler<Query, TaskDto>
    {
        public async ValueTask<TaskDto> Handle(Query query, CancellationToken cancellationToken) =>
            await TaskQueries.GetAsync(db, user, query.Id, cancellationToken);
    }
}
