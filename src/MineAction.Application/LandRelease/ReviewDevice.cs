namespace MineAction.Application.LandRelease;

/// <summary>An information manager approves a device (or its disposal) reported on its own, so it counts officially, or returns it with a comment.</summary>
public static class ReviewDevice
{
    public sealed record Command([property: JsonIgnore] Guid Id, [property: JsonIgnore] uint? ExpectedVersion, [property: JsonIgnore] ReviewDecision Decision, string? Comment)
        : ICommand<DeviceDto>, IReviewCommand;

    public sealed class Validator : ReviewCommandValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, DeviceDto>
    {
        public async ValueTask<DeviceDto> Handle(Command command, CancellationToken cancellationToken)
        {
            await db.ChangeAsync(db.Devices, command.Id, command.ExpectedVersion, d => user.Review(d, command, clock.GetUtcNow()), cancellationToken);
            return await DeviceQueries.DevicesOf(db, d => d.Id == command.Id).SingleAsync(cancellationToken);
        }
    }
}
