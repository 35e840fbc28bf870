namespace MineAction.Domain.Auditing;

/// <summary>
/// One change to one record: who, when, what (field → old/new as JSON) and why. Written in the same
/// transaction as the change; never updated or deleted.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(string entityType, Guid entityId, string action, string userName, DateTimeOffset occurredAt,
        string changes, string? reason)
    {
        Id = Guid.CreateVersion7();
        EntityType = entityType;
        EntityId = entityId;
        Action = action;
        UserName = userName;
        OccurredAt = occurredAt;
        Changes = changes;
        Reason = reason;
    }

    public Guid Id { get; private set; }
    public string EntityType { get; private set; } = string.Empty;
    public Guid EntityId { get; private set; }

    /// <summary>Created, Updated, Archived, Approved, Returned, Read (personal data) …</summary>
    public string Action { get; private set; } = string.Empty;
    public string UserName { get; private set; } = string.Empty;
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>JSON object: <c>{"name": {"old": "A", "new": "B"}}</c>.</summary>
    public string Changes { get; private set; } = "{}";
    public string? Reason { get; private set; }
}
