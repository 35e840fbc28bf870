namespace MineAction.Application.Users;

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
