namespace MineAction.Application.LandRelease;

/// <summary>
/// An information manager approves an activity report (the products and devices submitted with it are approved too and count officially)
/// or returns it. Results reported later are reviewed on their own (ReviewProduct, ReviewDevice).
/// </summary>
public static class ReviewActivity
{
    public sealed record Command([property: JsonIgnore] Guid Id, [property: JsonIgnore] uint? ExpectedVersion, [property: JsonIgnore] ReviewDecision Decision, string? Comment)
        : ICommand<ActivityDto>, IReviewCommand;

    public sealed class Validator : ReviewCommandValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ActivityDto>
    {
        public async ValueTask<ActivityDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var activity = await db.FindForUpdateAsync(db.Activities, command.Id, command.ExpectedVersion, cancellationToken);
            user.Review(activity, command, now);
            if (command.Decision == ReviewDecision.Approve)
            {
                await db.ApproveSubmittedResultsAsync(activity, user.Name, now, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return await db.GetActivityAsync(user, command.Id, cancellationToken);
        }
    }
}
