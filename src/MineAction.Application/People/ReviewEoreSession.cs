namespace MineAction.Application.People;

public static class ReviewEoreSession
{
    public sealed record Command([property: JsonIgnore] Guid Id, [property: JsonIgnore] uint? ExpectedVersion, [property: JsonIgnore] ReviewDecision Decision, string? Comment) : ICommand<EoreSessionDto>, IReviewCommand;

    public sealed class Validator : ReviewCommandValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, EoreSessionDto>
    {
        public async ValueTask<EoreSessionDto> Handle(Command command, CancellationToken cancellationToken)
        {
            await db.ChangeAsync(db.EoreSessions, command.Id, command.ExpectedVersion, e => user.Review(e, command, clock.GetUtcNow()), cancellationToken);
            return await EoreQueries.Project(db.EoreSessions.Where(e => e.Id == command.Id)).SingleAsync(cancellationToken);
        }
    }
}
