using System.Security.Cryptography;
using System.Text;

namespace MineAction.Domain.Security;

/// <summary>
/// A personal API token for REST integrations. The secret is shown once; only its SHA-256 hash is
/// stored. A revoked or expired token stops working on the next request.
/// </summary>
public sealed class ApiToken
{
    public const string SecretPrefix = "mat_";
    public const int MaxNameLength = 100;

    private ApiToken()
    {
    }

    private ApiToken(Guid userId, string name, string hash, string hint, DateTimeOffset createdAt, DateTimeOffset? expiresAt)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        Name = name;
        Hash = hash;
        Hint = hint;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public string Hash { get; private set; } = string.Empty;

    /// <summary>The first characters of the secret, to recognise a token in a list.</summary>
    public string Hint { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ExpiresAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public DateTimeOffset? LastUsedAt { get; private set; }

    /// <summary>Issues a token; returns it with the secret, which is never stored.</summary>
    public static (ApiToken Token, string Secret) Issue(Guid userId, string name, DateTimeOffset now, DateTimeOffset? expiresAt)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainRuleViolation("TOKEN_NAME_REQUIRED", "Name the token after the integration that uses it.", "name");
        }

        if (expiresAt is { } expiry && expiry <= now)
        {
            throw new DomainRuleViolation("TOKEN_EXPIRY_PAST", "The expiry must be in the future.", "expiresAt");
        }

        var secret = SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .Replace('+', '-').Replace('/', '_').TrimEnd('=');
        return (new ApiToken(userId, name.Trim(), HashOf(secret), secret[..10], now, expiresAt), secret);
    }

    public static string HashOf(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    public void Revoke(DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            throw new DomainRuleViolation("TOKEN_ALREADY_REVOKED", "The token is already revoked.");
        }

        RevokedAt = now;
    }
}
