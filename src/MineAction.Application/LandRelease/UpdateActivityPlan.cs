namespace MineAction.Application.LandRelease;

public static class UpdateActivityPlan
{
    public sealed record Command([property: JsonIgnore] Guid Id, [property: JsonIgnore] uint? ExpectedVersion, IReadOnlyList<ClearanceMethod>? Methods, int? SpecifiedDepthCm,
        DateOnly? PlannedStart, DateOnly? PlannedEnd, int? Teams = null) : ICommand<ActivityDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleForEach(x => x.Methods).IsInEnum();
            RuleFor(x => x.SpecifiedDepthCm).NotNull().InclusiveBetween(0, LandReleaseActivity.MaxDepthCm);
            RuleFor(x => x.Teams).InclusiveBetween(1, LandReleaseActivity.MaxTeams);
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ActivityDto>
    {
        public async ValueTask<ActivityDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var activity = await db.LoadActivityForChangeAsync(user, command.Id, command.ExpectedVersion, cancellationToken);
            activity.UpdatePlan(new ActivityPlan(command.Methods ?? [], command.SpecifiedDepthCm!.Value, command.PlannedStart, command.PlannedEnd,
                    command.Teams ?? activity.Teams),
                clock.Today());
            user.ApplyChangeReview(activity);
            await db.SaveChangesAsync(cancellationToken);
            return await db.GetActivityAsync(user, activity.Id, cancellationToken);
        }
    }
}
