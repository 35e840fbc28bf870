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
            var (token, secret) = Issue(db, userId, command.Name!, command.ExpiresAt, user.Name, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return new IssuedApiTokenDto(ListApiTokens.ToDto(token), secret);
        }
    }

    /// <summary>Adds a new token of the user, audited as created by <paramref name="actor"/> (never with its secret); the caller saves.</summary>
    public static (ApiToken Token, string Secret) Issue(IMineActionDb db, Guid userId, string name, DateTimeOffset? expiresAt, string actor,
        DateTimeOffset now)
    {
        var (token, secret) = ApiToken.Issue(userId, name, now, expiresAt);
        db.ApiTokens.Add(token);
        var changes = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["name"] = new { old = (string?)null, @new = name },
            ["userId"] = new { old = (Guid?)null, @new = userId },
            ["expiresAt"] = new { old = (DateTimeOffset?)null, @new = expiresAt },
        });
        db.AuditEntries.Add(new AuditEntry(nameof(ApiToken), token.Id, "Created", actor, now, changes, null));
        return (token, secret);
    }
}
