namespace MineAction.Application.Users;

/// <summary>Locks a user out (e.g. left the programme); users are never deleted.</summary>
public static class LockUser
{
    public sealed record Command([property: JsonIgnore] Guid Id) : ICommand<UserDto>;

    public sealed class Handler(IUserAccounts accounts, ICurrentUser user) : ICommandHandler<Command, UserDto>
    {
        public async ValueTask<UserDto> Handle(Command command, CancellationToken cancellationToken)
        {
            UserRules.EnsureAdministrator(user);
            if (command.Id == user.UserId)
            {
                throw new DomainRuleViolation("SELF_LOCK", "You cannot lock yourself out.");
            }

            return await accounts.SetLockedAsync(command.Id, true, cancellationToken);
        }
    }
}
