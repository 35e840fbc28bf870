namespace MineAction.Application.Users;

public static class SetUserRoles
{
    public sealed record Command([property: JsonIgnore] Guid Id, IReadOnlyList<string>? Roles) : ICommand<UserDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => this.AddRoleRules(c => c.Roles);
    }

    public sealed class Handler(IUserAccounts accounts, ICurrentUser user) : ICommandHandler<Command, UserDto>
    {
        public async ValueTask<UserDto> Handle(Command command, CancellationToken cancellationToken)
        {
            UserRules.EnsureAdministrator(user);
            if (command.Id == user.UserId && !command.Roles!.Contains(Roles.Administrator))
            {
                throw new Domain.Common.DomainRuleViolation("LAST_ADMIN_GUARD", "You cannot remove your own administrator role.", "roles");
            }

            return await accounts.SetRolesAsync(command.Id, command.Roles!, cancellationToken);
        }
    }
}
