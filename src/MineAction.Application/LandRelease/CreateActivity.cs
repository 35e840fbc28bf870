using Microsoft.Extensions.Options;
using MineAction.Domain.LandRelease;

namespace MineAction.Application.LandRelease;

/// <summary>An organisation starts a survey, clearance or EOD activity on an open hazardous area.</summary>
public static class CreateActivity
{
    public sealed record Command(ActivityInput Input) : ICommand<ActivityDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Input).NotNull().SetValidator(new ActivityInputValidator());
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock, IOptions<ProgrammeOptions> programme)
        : ICommandHandler<Command, ActivityDto>
    {
        public async ValueTask<ActivityDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var input = command.Input;
            user.EnsureCanEnterDataFor(input.OrganisationId!.Value);
            var hazard = await db.HazardousAreas.IncludingArchived().AsNoTracking()
                .SingleOrDefaultAsync(h => h.Id == input.HazardousAreaId, cancellationToken)
                ?? throw Invalid.Field("hazardousAreaId", $"Hazardous area '{input.HazardousAreaId}' does not exist.");
            hazard.EnsureAcceptsWork("Activities are recorded on open hazardous areas only.", "hazardousAreaId");

            await db.EnsureOrganisationAsync(input.OrganisationId, "organisationId", cancellationToken);

            var today = clock.Today();
            var activity = new LandReleaseActivity(input.HazardousAreaId!.Value, input.OrganisationId!.Value, input.Type!.Value,
                input.ToPlan(programme.Value.DefaultClearanceDepthCm), today);
            if (input.TaskId is { } taskId)
            {
                var task = await db.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken)
                    ?? throw Invalid.Field("taskId", $"Task '{taskId}' does not exist.");
                activity.LinkToTask(task);
            }

            user.ApplyEntryReview(activity, clock.GetUtcNow());
            db.Activities.Add(activity);
            await db.SaveChangesAsync(cancellationToken);
            return await db.GetActivityAsync(user, activity.Id, cancellationToken);
        }
    }
}
