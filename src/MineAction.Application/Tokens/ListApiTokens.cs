namespace MineAction.Application.Tokens;

public static class ListApiTokens
{
    public sealed record Query : IQuery<IReadOnlyList<ApiTokenDto>>;

    public static ApiTokenDto ToDto(ApiToken t) => new(t.Id, t.Name, t.Hint, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt);

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : IQueryHandler<Query, IReadOnlyList<ApiTokenDto>>
    {
        public async ValueTask<IReadOnlyList<ApiTokenDto>> Handle(Query query, CancellationToken cancellationToken) =>
            await db.ApiTokens.AsNoTracking()
                .Where(t => t.UserId == user.UserId)
                .OrderByDescending(t => t.CreatedAt)
                .Select(t => new ApiTokenDto(t.Id, t.Name, t.Hint, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt))
                .ToListAsync(cancellationToken);
    }
}
