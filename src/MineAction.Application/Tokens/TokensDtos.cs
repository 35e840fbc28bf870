namespace MineAction.Application.Tokens;

public sealed record ApiTokenDto(Guid Id, string Name, string Hint, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);

/// <summary>The token as created: the only time its secret is shown.</summary>
public sealed record IssuedApiTokenDto(ApiTokenDto Token, string Secret);
