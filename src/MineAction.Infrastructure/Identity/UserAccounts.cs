using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using MineAction.Application.Common;
using MineAction.Application.Users;
using MineAction.Infrastructure.Persistence;

namespace MineAction.Infrastructure.Identity;

/// <summary><see cref="IUserAccounts"/> over ASP.NET Core Identity.</summary>
public sealed class UserAccounts(UserManager<ApplicationUser> users, MineActionDbContext db, TimeProvider clock) : IUserAccounts
{
    public async Task<IReadOnlyList<UserDto>> ListAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rows = await (from u in db.Users.AsNoTracking()
                          join o in db.Organisations on u.OrganisationId equals o.Id into orgs
                          from o in orgs.DefaultIfEmpty()
                          orderby u.Email
                          select new
                          {
                              u.Id, u.Email, u.DisplayName, u.OrganisationId, Acronym = o == null ? null : o.Acronym,
                              Locked = u.LockoutEnd != null && u.LockoutEnd > now,
                              Roles = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name!).ToList(),
                          }).ToListAsync(ct);
        return rows.Select(r => new UserDto(r.Id, r.Email!, r.DisplayName, r.OrganisationId, r.Acronym, r.Roles.Order().ToList(), r.Locked)).ToList();
    }

    public async Task<UserDto> CreateAsync(NewUser user, CancellationToken ct)
    {
        if (user.OrganisationId is { } organisation && !await db.Organisations.AnyAsync(o => o.Id == organisation && o.ArchivedAt == null, ct))
        {
            throw Invalid.Field("organisationId", $"Organisation '{organisation}' does not exist.");
        }

        var account = new ApplicationUser
        {
            UserName = user.Email, Email = user.Email, EmailConfirmed = true, DisplayName = user.DisplayName, OrganisationId = user.OrganisationId,
        };
        Check(await users.CreateAsync(account, user.Password));
        Check(await users.AddToRolesAsync(account, user.Roles));
        return await GetAsync(account.Id, ct);
    }

    public async Task<UserDto> SetRolesAsync(Guid id, IReadOnlyList<string> roles, CancellationToken ct)
    {
        var account = await FindAsync(id);
        var current = await users.GetRolesAsync(account);
        Check(await users.RemoveFromRolesAsync(account, current.Except(roles)));
        Check(await users.AddToRolesAsync(account, roles.Except(current)));
        await users.UpdateSecurityStampAsync(account);
        return await GetAsync(id, ct);
    }

    /// <summary>An administrator's lock has no end; a lockout after wrong passwords lasts minutes (and leaves API tokens working).</summary>
    public static readonly DateTimeOffset LockedByAdministrator = DateTimeOffset.MaxValue;

    /// <summary>Whether an administrator locked the account (its sign-in and every API token stop at once).</summary>
    public static bool IsLockedByAdministrator(ApplicationUser user) => user.LockoutEnd is { } end && end >= LockedByAdministrator.AddYears(-1);

    public async Task<UserDto> SetLockedAsync(Guid id, bool locked, CancellationToken ct)
    {
        var account = await FindAsync(id);
        Check(await users.SetLockoutEnabledAsync(account, true));
        Check(await users.SetLockoutEndDateAsync(account, locked ? LockedByAdministrator : null));
        await users.UpdateSecurityStampAsync(account);
        return await GetAsync(id, ct);
    }

    private async Task<UserDto> GetAsync(Guid id, CancellationToken ct) => (await ListAsync(ct)).Single(u => u.Id == id);

    private async Task<ApplicationUser> FindAsync(Guid id) =>
        await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("User", id);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new ValidationException(result.Errors.Select(e => new ValidationFailure(FieldOf(e.Code), e.Description)));
        }
    }

    private static string FieldOf(string code) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? "password"
        : code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal) ? "email"
        : code.Contains("Role", StringComparison.Ordinal) ? "roles"
        : "body";
}
