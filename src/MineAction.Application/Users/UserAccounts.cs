namespace MineAction.Application.Users;

public sealed record UserDto(Guid Id, string Email, string DisplayName, Guid? OrganisationId, string? OrganisationAcronym,
    IReadOnlyList<string> Roles, bool LockedOut);

public sealed record NewUser(string Email, string DisplayName, Guid? OrganisationId, IReadOnlyList<string> Roles, string Password);

/// <summary>The user store (ASP.NET Core Identity); errors come back as <see cref="ValidationException"/> naming the field.</summary>
public interface IUserAccounts
{
    Task<IReadOnlyList<UserDto>> ListAsync(CancellationToken ct);

    Task<UserDto> CreateAsync(NewUser user, CancellationToken ct);

    Task<UserDto> SetRolesAsync(Guid id, IReadOnlyList<string> roles, CancellationToken ct);

    Task<UserDto> SetLockedAsync(Guid id, bool locked, CancellationToken ct);
}

internal static class UserRules
{
    public static void EnsureAdministrator(ICurrentUser user)
    {
        if (!user.IsInRole(Roles.Administrator))
        {
            throw new ForbiddenException("Only administrators manage users.");
        }
    }

    public static void AddRoleRules<T>(this AbstractValidator<T> validator, Func<T, IReadOnlyList<string>?> roles)
    {
        validator.RuleFor(x => roles(x)).NotEmpty().WithName("roles").WithMessage("'roles' needs at least one role.");
        validator.RuleForEach(x => roles(x)).Must(r => Roles.All.Contains(r)).WithName("roles")
            .WithMessage($"'roles' holds an unknown role; use {string.Join(", ", Roles.All)}.");
    }
}

public static class ListUsers
{
    public sealed record Query : IQuery<IReadOnlyList<UserDto>>;

    public sealed class Handler(IUserAccounts accounts, ICurrentUser user) : IQueryHandler<Query, IReadOnlyList<UserDto>>
    {
        public async ValueTask<IReadOnlyList<UserDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            UserRules.EnsureAdministrator(user);
            return await accounts.ListAsync(cancellationToken);
        }
    }
}

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

public static class SetUserRoles
{
    public sealed record Command(Guid Id, IReadOnlyList<string>? Roles) : ICommand<UserDto>;

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

/// <summary>Locks a user out (e.g. left the programme) or lets them in again; users are never deleted.</summary>
public static class LockUser
{
    public sealed record Command(Guid Id, bool Locked) : ICommand<UserDto>;

    public sealed class Handler(IUserAccounts accounts, ICurrentUser user) : ICommandHandler<Command, UserDto>
    {
        public async ValueTask<UserDto> Handle(Command command, CancellationToken cancellationToken)
        {
            UserRules.EnsureAdministrator(user);
            if (command.Id == user.UserId && command.Locked)
            {
                throw new Domain.Common.DomainRuleViolation("SELF_LOCK", "You cannot lock yourself out.");
            }

            return await accounts.SetLockedAsync(command.Id, command.Locked, cancellationToken);
        }
    }
}
