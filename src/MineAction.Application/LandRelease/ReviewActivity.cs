namespace MineAction.Application.LandRelease;

/// <summary>An information manager approves an activity report (its products and devices then count officially) or returns it.</summary>
public static class ReviewActivity
{
    public sealed record Command([property: JsonIgnore] Guid Id, [property: JsonIgnore] uint? ExpectedVersion, [property: JsonIgnore] ReviewDecision Decision, string? Comment)
        : ICommand<ActivityDto>, IReviewCommand;

    public sealed class Validator : ReviewCommandValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ActivityDto>
    {
        public async ValueTask<ActivityDto> Handle(Command command, CancellationToken cancellationToken)
        {
            await db.ChangeAsync(db.Activities, command.Id, command.ExpectedVersion,
                activity => user.Review(activity, command, clock.GetUtcNow()), cancellationToken);
            return await db.GetActivityAsync(user, command.Id, cancellationToken);
        }
    }
}
