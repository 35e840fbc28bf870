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
        identity.AddClaim(new Claim(MineActionClaims.DisplayName, user.DisplayName));
        if (user.OrganisationId is { } organisation)
        {
            identity.AddClaim(new Claim(MineActionClaims.OrganisationId, organisation.ToString()));
        }

        return identity;
    }
}
