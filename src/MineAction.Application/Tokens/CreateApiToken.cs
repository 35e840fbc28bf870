namespace MineAction.Application.Tokens;

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
