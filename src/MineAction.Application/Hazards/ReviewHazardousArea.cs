namespace MineAction.Application.Hazards;

/// <summary>An information manager approves a submitted hazardous area, or returns it with a comment.</summary>
public static class ReviewHazardousArea
{
    public sealed record Command([property: JsonIgnore] Guid Id, [property: JsonIgnore] uint? ExpectedVersion, [property: JsonIgnore] ReviewDecision Decision, string? Comment)
        : ICommand<HazardDetailDto>, IReviewCommand;

    public sealed class Validator : ReviewCommandValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock, IMediator mediator)
        : ICommandHandler<Command, HazardDetailDto>
    {
        public async ValueTask<HazardDetailDto> Handle(Command command, CancellationToken cancellationToken)
        {
            await db.ChangeAsync(db.HazardousAreas, command.Id, command.ExpectedVersion,
                hazard => user.Review(hazard, command, clock.GetUtcNow()), cancellationToken);
            return await mediator.Send(new GetHazardousArea.Query(command.Id), cancellationToken);
        }
    }
}
