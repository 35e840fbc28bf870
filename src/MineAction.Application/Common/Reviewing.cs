namespace MineAction.Application.Common;

public enum ReviewDecision
{
    Approve,
    Return,
}

/// <summary>A review request: approve, or return with a comment.</summary>
public interface IReviewCommand
{
    ReviewDecision Decision { get; }

    string? Comment { get; }
}

public class ReviewCommandValidator<T> : AbstractValidator<T>
    where T : IReviewCommand
{
    public ReviewCommandValidator()
    {
        RuleFor(c => c.Comment).MaximumLength(ApprovableEntity.MaxReviewCommentLength).WithName("comment");
        RuleFor(c => c.Comment).NotEmpty().When(c => c.Decision == ReviewDecision.Return).WithName("comment")
            .WithMessage("'comment' must say what the organisation has to correct.");
    }
}

public static class Reviewing
{
    /// <summary>Applies an information manager's decision to a submitted record.</summary>
    public static void Review(this ICurrentUser user, ApprovableEntity record, IReviewCommand command, DateTimeOffset now)
    {
        user.EnsureReviewer();
        if (command.Decision == ReviewDecision.Approve)
        {
            record.Approve(user.Name, now, command.Comment);
        }
        else
        {
            record.Return(command.Comment!, user.Name, now);
        }
    }
}
