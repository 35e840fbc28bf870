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
            var activity = await db.LoadActivityForResultsAsync(user, activityId, cancellationToken);
            var device = await db.Devices.SingleAsync(d => d.Id == c.DeviceId, cancellationToken);
            if (!user.IsReviewer() && device.ApprovalStatus == ApprovalStatus.Approved && device.DisposalMethod is not null)
            {
                throw new ForbiddenException("The device's disposal is approved: it is read-only for operators; ask the NMAA information manager.");
            }

            device.RecordDisposal(c.Method!.Value, c.DisposedOn!.Value, clock.Today(), activity);
            user.StampResult(activity, device, isNew: false, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return await DeviceQueries.DevicesOf(db, d => d.Id == device.Id).SingleAsync(cancellationToken);
        }
    }
}
