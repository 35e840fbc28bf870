namespace MineAction.Application.Tokens;

/// <summary>Revokes one of the user's tokens (an administrator may revoke anyone's); effective on the next request.</summary>
public static class RevokeApiToken
{
    public sealed record Command([property: JsonIgnore] Guid Id) : ICommand<ApiTokenDto>;

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
