namespace MineAction.Application.Users;

/// <summary>Lets a locked-out user sign in again.</summary>
public static class UnlockUser
{
    public sealed record Command([property: JsonIgnore] Guid Id) : ICommand<UserDto>;

    public sealed class Handler(IUserAccounts accounts, ICurrentUser user) : ICommandHandler<Command, UserDto>
    {
        public async ValueTask<UserDto> Handle(Command command, CancellationToken cancellationToken)
        {
            UserRules.EnsureAdministrator(user);
            return await accounts.SetLockedAsync(command.Id, false, cancellationToken);
        }
    }
}
