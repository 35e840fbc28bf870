namespace MineAction.Application.LandRelease;

public static class RecordDisposal
{
    public sealed record Command([property: JsonIgnore] Guid DeviceId, DisposalMethod? Method, DateOnly? DisposedOn) : ICommand<DeviceDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Method).NotNull().IsInEnum().WithName("method");
            RuleFor(c => c.DisposedOn).NotNull().WithName("disposedOn");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, DeviceDto>
    {
        public async ValueTask<DeviceDto> Handle(Command c, CancellationToken cancellationToken)
        {
            var activityId = await db.Devices.Where(d => d.Id == c.DeviceId).Select(d => (Guid?)d.ActivityId).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Device", c.DeviceId);
            var activity = await db.LoadActivityForChangeAsync(user, activityId, null, cancellationToken);
            var device = await db.Devices.SingleAsync(d => d.Id == c.DeviceId, cancellationToken);
            device.RecordDisposal(c.Method!.Value, c.DisposedOn!.Value, clock.Today(), activity);
            user.ApplyEntryReview(activity, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return await DeviceQueries.DevicesOf(db, d => d.Id == device.Id).SingleAsync(cancellationToken);
        }
    }
}
