namespace MineAction.Application.LandRelease;

/// <summary>Start, suspend or complete an activity (starting needs a valid accreditation; completion needs every device disposed of).</summary>
public static class ChangeActivityStatus
{
    public sealed record Command([property: JsonIgnore] Guid Id, [property: JsonIgnore] uint? ExpectedVersion, ActivityStatus? Status, DateOnly? Date) : ICommand<ActivityDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Status).NotNull().IsInEnum().NotEqual(ActivityStatus.Planned).WithMessage("'status' is InProgress, Suspended or Completed.");
            RuleFor(c => c.Date).NotNull().When(c => c.Status is ActivityStatus.InProgress or ActivityStatus.Completed);
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ActivityDto>
    {
        public async ValueTask<ActivityDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var activity = await db.LoadActivityForChangeAsync(user, command.Id, command.ExpectedVersion, cancellationToken);
            var today = clock.Today();
            switch (command.Status)
            {
                case ActivityStatus.InProgress:
                    var openCritical = await db.NonConformities.CountAsync(
                        n => n.ActivityId == activity.Id && n.Severity == Domain.Quality.Severity.Critical && n.ClosedOn == null,
                        cancellationToken);
                    var provinceId = await db.HazardousAreas.IgnoreQueryFilters().Where(h => h.Id == activity.HazardousAreaId)
                        .Select(h => h.ProvinceId).SingleAsync(cancellationToken);
                    var accreditations = await db.Accreditations.Where(a => a.OrganisationId == activity.OrganisationId).ToListAsync(cancellationToken);
                    activity.Start(command.Date!.Value, today, accreditations, provinceId, openCritical);
                    break;
                case ActivityStatus.Suspended:
                    activity.Suspend();
                    break;
                default:
                    var devices = db.Devices.OfEveryOrganisation();
                    var undisposed = await devices.CountAsync(
                        d => d.ActivityId == activity.Id && d.DisposalMethod == null, cancellationToken);
                    var lastDisposal = await devices.Where(d => d.ActivityId == activity.Id).MaxAsync(d => d.DisposedOn, cancellationToken);
                    activity.Complete(command.Date!.Value, today, undisposed, lastDisposal);
                    break;
            }

            user.ApplyChangeReview(activity);
            await db.SaveChangesAsync(cancellationToken);
            return await db.GetActivityAsync(user, activity.Id, cancellationToken);
        }
    }
}
