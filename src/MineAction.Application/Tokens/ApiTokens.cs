using MineAction.Domain.Security;

namespace MineAction.Application.Tokens;

public sealed record ApiTokenDto(Guid Id, string Name, string Hint, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);

/// <summary>The token as created: the only time its secret is shown.</summary>
public sealed record IssuedApiTokenDto(ApiTokenDto Token, string Secret);

/// <summary>A user creates a personal API token for an integration; it carries the user's roles.</summary>
public static class CreateApiToken
{
    public sealed record Command(string? Name, DateTimeOffset? ExpiresAt) : ICommand<IssuedApiTokenDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Name).NotEmpty().MaximumLength(ApiToken.MaxNameLength).WithName("name");
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, IssuedApiTokenDto>
    {
        public async ValueTask<IssuedApiTokenDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var userId = user.UserId ?? throw new ForbiddenException("Sign in to create an API token.");
            var (token, secret) = ApiToken.Issue(userId, command.Name!, clock.GetUtcNow(), command.ExpiresAt);
            db.ApiTokens.Add(token);
            await db.SaveChangesAsync(cancellationToken);
            return new IssuedApiTokenDto(ListApiTokens.ToDto(token), secret);
        }
    }
}

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

/// <summary>Revokes one of the user's tokens (an administrator may revoke anyone's); effective on the next request.</summary>
public static class RevokeApiToken
{
    public sealed record Command(Guid Id) : ICommand<ApiTokenDto>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ApiTokenDto>
    {
        public async ValueTask<ApiTokenDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var token = await db.ApiTokens.SingleOrDefaultAsync(
                t => t.Id == command.Id && (t.UserId == user.UserId || user.IsInRole(Roles.Administrator)), cancellationToken)
                ?? throw new NotFoundException("ApiToken", command.Id);
            token.Revoke(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return ListApiTokens.ToDto(token);
        }
    }
}
