namespace MineAction.Application.LandRelease;

public static class GetActivity
{
    public sealed record Query(Guid Id) : IQuery<ActivityDto>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : IQueryHandler<Query, ActivityDto>
    {
        public async ValueTask<ActivityDto> Handle(Query query, CancellationToken cancellationToken) =>
            await db.GetActivityAsync(user, query.Id, cancellationToken);
    }
}
