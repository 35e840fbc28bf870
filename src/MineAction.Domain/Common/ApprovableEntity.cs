namespace MineAction.Domain.Common;

/// <summary>Where a record stands in the NMAA's review: only approved data counts in official figures.</summary>
public enum ApprovalStatus
{
    Submitted,
    Approved,
    Returned,
}

/// <summary>
/// A record that operators submit and an information manager approves or returns with a comment.
/// Every module whose figures reach official statistics derives from it.
/// </summary>
public abstract class ApprovableEntity : Entity
{
    public const int MaxReviewCommentLength = 2000;

    public ApprovalStatus ApprovalStatus { get; private set; } = ApprovalStatus.Submitted;
    public string? ReviewedBy { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public string? ReviewComment { get; private set; }

    /// <summary>Approves the record; approving an already approved record is refused.</summary>
    public void Approve(string reviewer, DateTimeOffset at, string? comment = null)
    {
        EnsureNotArchived();
        if (ApprovalStatus == ApprovalStatus.Approved)
        {
            throw new DomainRuleViolation("ALREADY_APPROVED", "The record is already approved.");
        }

        SetReview(ApprovalStatus.Approved, reviewer, at, comment);
    }

    /// <summary>Returns a submitted record to its organisation with a comment saying what to correct.</summary>
    public void Return(string comment, string reviewer, DateTimeOffset at)
    {
        EnsureNotArchived();
        if (ApprovalStatus != ApprovalStatus.Submitted)
        {
            throw new DomainRuleViolation("NOT_SUBMITTED", $"Only a submitted record can be returned; this one is {ApprovalStatus}.");
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainRuleViolation("REVIEW_COMMENT_REQUIRED", "Say what the organisation must correct.", "comment");
        }

        SetReview(ApprovalStatus.Returned, reviewer, at, comment);
    }

    /// <summary>An operator's change puts the record back in the review queue.</summary>
    public void Resubmit()
    {
        ApprovalStatus = ApprovalStatus.Submitted;
    }

    private void SetReview(ApprovalStatus status, string reviewer, DateTimeOffset at, string? comment)
    {
        ApprovalStatus = status;
        ReviewedBy = reviewer;
        ReviewedAt = at;
        ReviewComment = Text.TrimToNull(comment);
    }
}
