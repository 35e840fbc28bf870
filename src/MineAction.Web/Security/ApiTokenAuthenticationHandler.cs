using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MineAction.Domain.Security;
using MineAction.Infrastructure.Identity;
using MineAction.Infrastructure.Persistence;

namespace MineAction.Web.Security;

/// <summary>
/// <c>Authorization: Bearer mat_…</c>: finds the token by its SHA-256 hash on every request (so a
/// revocation takes effect at once) and signs the request in as the token's user, with that user's roles.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    MineActionDbContext db, UserManager<ApplicationUser> users, IUserClaimsPrincipalFactory<ApplicationUser> principals,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    /// <summary>401 says how to authenticate (RFC 6750 §3): a bearer token, and why the one sent was refused.</summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = Request.Headers.Authorization.Count > 0
            ? "Bearer realm=\"MineAction\", error=\"invalid_token\""
            : "Bearer realm=\"MineAction\"";
        return Task.CompletedTask;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header["Bearer ".Length..].Trim();
        var hash = ApiToken.HashOf(secret);
        var now = clock.GetUtcNow();
        var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash);
        if (token is null || !token.IsActive(now))
        {
            return AuthenticateResult.Fail("The API token is unknown, revoked or expired.");
        }

        var user = await users.FindByIdAsync(token.UserId.ToString());
        // Only an administrator's lock stops tokens: a lockout after wrong passwords must not let anyone who knows an e-mail cut
        // that user's integrations (tokens are rate-limited on their own).
        if (user is null || UserAccounts.IsLockedByAdministrator(user))
        {
            return AuthenticateResult.Fail("The token's user is locked by an administrator or no longer exists.");
        }

        if (token.LastUsedAt is null || token.LastUsedAt < now.AddMinutes(-5))
        {
            await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now));
        }

        var principal = await principals.CreateAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(MineActionClaims.TokenId, token.Id.ToString()));
        var identity = new ClaimsIdentity(principal.Claims, SchemeName, ((ClaimsIdentity)principal.Identity).NameClaimType, ((ClaimsIdentity)principal.Identity).RoleClaimType);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
