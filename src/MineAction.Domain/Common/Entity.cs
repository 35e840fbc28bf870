namespace MineAction.Domain.Common;

/// <summary>
/// Base of every stored record: a Guid v7 key, who/when stamps, a row version for optimistic
/// concurrency and archiving instead of deletion.
/// </summary>
public abstract class Entity
{
    public const int MaxArchiveReasonLength = 1000;

    protected Entity()
    {
        Id = Guid.CreateVersion7();
    }

    public Guid Id { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = string.Empty;

    public DateTimeOffset? ArchivedAt { get; private set; }
    public string? ArchivedBy { get; private set; }
    public string? ArchiveReason { get; private set; }
    public bool IsArchived => ArchivedAt is not null;

    /// <summary>PostgreSQL <c>xmin</c>; changes on every update.</summary>
    public uint RowVersion { get; private set; }

    /// <summary>Called by the persistence layer when the record is first saved.</summary>
    public void StampCreated(string user, DateTimeOffset at)
    {
        CreatedBy = user;
        CreatedAt = at;
        UpdatedBy = user;
        UpdatedAt = at;
    }

    /// <summary>Called by the persistence layer when the record is saved again.</summary>
    public void StampUpdated(string user, DateTimeOffset at)
    {
        UpdatedBy = user;
        UpdatedAt = at;
    }

    /// <summary>Archives the record: it leaves default lists but stays readable and audited.</summary>
    public void Archive(string reason, string user, DateTimeOffset at)
    {
        if (IsArchived)
        {
            throw new DomainRuleViolation("ALREADY_ARCHIVED", "The record is already archived.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleViolation("ARCHIVE_REASON_REQUIRED", "A reason is required to archive a record.", "reason");
        }

        ArchiveReason = reason.Trim();
        ArchivedBy = user;
        ArchivedAt = at;
    }

    /// <summary>Brings an archived record back into use (for records that a newer edition of reference data holds again).</summary>
    protected void Reinstate()
    {
        ArchiveReason = null;
        ArchivedBy = null;
        ArchivedAt = null;
    }

    protected void EnsureNotArchived()
    {
        if (IsArchived)
        {
            throw new DomainRuleViolation("RECORD_ARCHIVED", "An archived record cannot be changed.");
        }
    }
}
