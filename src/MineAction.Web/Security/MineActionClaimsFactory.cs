using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MineAction.Infrastructure.Identity;

namespace MineAction.Web.Security;

/// <summary>Adds the user's organisation and display name to the roles Identity puts in the principal.</summary>
public sealed class MineActionClaimsFactory(
    UserManager<ApplicationUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        AddMineActionClaims(identity, user);
        return identity;
    }

    /// <summary>
    /// The identity of <paramref name="user"/> with <paramref name="roles"/>, read already (an API token's request): the claims the sign-in
    /// cookie carries — id, user name, e-mail, security stamp, roles, display name, organisation — without reading the database again.
    /// The programme gives no user or role claims of their own, so there are none to read.
    /// </summary>
    public static ClaimsIdentity Identity(ApplicationUser user, IEnumerable<string> roles, ClaimsIdentityOptions names, string scheme)
    {
        var identity = new ClaimsIdentity(scheme, names.UserNameClaimType, names.RoleClaimType);
        identity.AddClaim(new Claim(names.UserIdClaimType, user.Id.ToString()));
        identity.AddClaim(new Claim(names.UserNameClaimType, user.UserName ?? string.Empty));
        if (user.Email is { } email)
        {
            identity.AddClaim(new Claim(names.EmailClaimType, email));
        }

        if (user.SecurityStamp is { } stamp)
        {
            identity.AddClaim(new Claim(names.SecurityStampClaimType, stamp));
        }

        identity.AddClaims(roles.Select(role => new Claim(names.RoleClaimType, role)));
        AddMineActionClaims(identity, user);
        return identity;
    }

    private static void AddMineActionClaims(ClaimsIdentity identity, ApplicationUser user)
    {
        identity.AddClaim(new Claim(MineActionClaims.DisplayName, user.DisplayName));
        if (user.OrganisationId is { } organisation)
        {
            identity.AddClaim(new Claim(MineActionClaims.OrganisationId, organisation.ToString()));
        }
    }
}
