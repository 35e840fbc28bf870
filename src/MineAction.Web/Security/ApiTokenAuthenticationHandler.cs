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
/// <c>Authorization: Bearer mat_…</c>: finds the token by its SHA-256 hash on every request (so a revocation, a lock or a change of roles
/// takes effect at once) and signs the request in as the token's user, with that user's roles — token, user and roles in one query. The
/// request's database connection is opened here and kept for the request: its own queries follow on the same session, without a pool
/// round trip (and its reset) before each.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    MineActionDbContext db, IOptions<IdentityOptions> identity, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    /// <summary>How often a token's last use is written at most (it is read to find unused tokens, not to the second).</summary>
    public static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(5);

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

        var hash = ApiToken.HashOf(header["Bearer ".Length..].Trim());
        var now = clock.GetUtcNow();
        await db.Database.OpenConnectionAsync(Context.RequestAborted); // closed with the request's DbContext
        var found = await (from t in db.ApiTokens.AsNoTracking()
                           where t.Hash == hash
                           select new
                           {
                               Token = t,
                               User = db.Users.AsNoTracking().FirstOrDefault(u => u.Id == t.UserId),
                               Roles = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == t.UserId select r.Name!).ToList(),
                           }).SingleOrDefaultAsync(Context.RequestAborted);
        if (found is null || !found.Token.IsActive(now))
        {
            return AuthenticateResult.Fail("The API token is unknown, revoked or expired.");
        }

        // Only an administrator's lock stops tokens: a lockout after wrong passwords must not let anyone who knows an e-mail cut
        // that user's integrations (tokens are rate-limited on their own).
        if (found.User is not { } user || UserAccounts.IsLockedByAdministrator(user))
        {
            return AuthenticateResult.Fail("The token's user is locked by an administrator or no longer exists.");
        }

        if (found.Token.LastUsedAt is null || found.Token.LastUsedAt < now - LastUsedPrecision)
        {
            await db.ApiTokens.Where(t => t.Id == found.Token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }

        var principal = MineActionClaimsFactory.Identity(user, found.Roles, identity.Value.ClaimsIdentity, SchemeName);
        principal.AddClaim(new Claim(MineActionClaims.TokenId, found.Token.Id.ToString()));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(principal), SchemeName));
    }
}
