namespace MineAction.Application.Users;

public static class CreateUser
{
    public sealed record Command(string? Email, string? DisplayName, Guid? OrganisationId, IReadOnlyList<string>? Roles, string? Password)
        : ICommand<UserDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(256);
            RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(200);
            RuleFor(c => c.Password).NotEmpty();
            this.AddRoleRules(c => c.Roles);
            RuleFor(c => c.OrganisationId).NotNull()
                .When(c => c.Roles?.Contains(Security.Roles.OperatorDataEntry) == true)
                .WithMessage("An operator works for an organisation: 'organisationId' is required.");
        }
    }

    public sealed class Handler(IUserAccounts accounts, ICurrentUser user) : ICommandHandler<Command, UserDto>
    {
        public async ValueTask<UserDto> Handle(Command command, CancellationToken cancellationToken)
        {
            UserRules.EnsureAdministrator(user);
            return await accounts.CreateAsync(
                new NewUser(command.Email!.Trim(), command.DisplayName!.Trim(), command.OrganisationId, command.Roles!, command.Password!),
                cancellationToken);
        }
    }
}
