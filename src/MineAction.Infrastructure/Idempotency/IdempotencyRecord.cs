namespace MineAction.Infrastructure.Idempotency;

/// <summary>
/// The response to a POST sent with an Idempotency-Key, replayed when the same key and body come again. Claimed before the request runs
/// (<see cref="StatusCode"/> 0 while pending), so that concurrent duplicates wait for the first answer instead of running the command again.
/// The body is encrypted with the personal-data purpose (a casualty's answer holds a name); records expire after 24 hours.
/// </summary>
public sealed class IdempotencyRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Key { get; set; } = string.Empty;
    public string UserName { get; set; } = string.Empty;
    public string Method { get; set; } = string.Empty;
    public string Path { get; set; } = string.Empty;
    public string RequestHash { get; set; } = string.Empty;
    /// <summary>0 while the first request is still running.</summary>
    public int StatusCode { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public string? ETag { get; set; }
    /// <summary>The response body, encrypted (Data Protection, personal-data purpose).</summary>
    public byte[] Body { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}
