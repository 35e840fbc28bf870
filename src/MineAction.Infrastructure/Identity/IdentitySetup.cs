using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.Security;
using MineAction.Application.Users;
using MineAction.Infrastructure.Persistence;

namespace MineAction.Infrastructure.Identity;

public static class IdentitySetup
{
    /// <summary>Users and roles stored in PostgreSQL, with the NMAA's password and lockout policy.</summary>
    public static IdentityBuilder AddMineActionIdentity(this IServiceCollection services) =>
        services.AddScoped<IUserAccounts, UserAccounts>().AddIdentityCore<ApplicationUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<MineActionDbContext>();

    /// <summary>Creates the NMAA roles that do not exist yet (idempotent; run on every migrate).</summary>
    public static async Task EnsureRolesAsync(RoleManager<IdentityRole<Guid>> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole<Guid>(role)), $"create role {role}");
            }
        }
    }

    /// <summary>Creates a user with roles, or throws with Identity's reasons (password policy, duplicate e-mail…).</summary>
    public static async Task<ApplicationUser> CreateUserAsync(UserManager<ApplicationUser> users, string email, string displayName,
        string password, Guid? organisationId, params string[] roles)
    {
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, OrganisationId = organisationId };
        Check(await users.CreateAsync(user, password), $"create user {email}");
        Check(await users.AddToRolesAsync(user, roles), $"give {email} their roles");
        return user;
    }

    /// <summary>Throws with Identity's own messages when <paramref name="result"/> failed (<paramref name="what"/> names what was being done).</summary>
    public static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
