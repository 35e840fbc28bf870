namespace MineAction.Application.Hazards;

public static class ArchiveHazardousArea
{
    public sealed record Command([property: JsonIgnore] Guid Id, [property: JsonIgnore] uint? ExpectedVersion, string? Reason) : ICommand<HazardDetailDto>, IArchiveCommand;

    public sealed class Validator : ArchiveCommandValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock, IMediator mediator)
        : ICommandHandler<Command, HazardDetailDto>
    {
        public async ValueTask<HazardDetailDto> Handle(Command command, CancellationToken cancellationToken)
        {
            user.EnsureReviewer();
            await db.ChangeAsync(db.HazardousAreas, command.Id, command.ExpectedVersion,
                e => e.Archive(command.Reason!, user.Name, clock.GetUtcNow()), cancellationToken);
            return await mediator.Send(new GetHazardousArea.Query(command.Id), cancellationToken);
        }
    }
}
