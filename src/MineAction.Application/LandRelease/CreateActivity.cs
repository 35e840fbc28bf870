using Microsoft.Extensions.Options;
using MineAction.Domain.Hazards;
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
            var hazard = await db.HazardousAreas.VisibleTo(user, h => h.RecordingOrganisationId).AsNoTracking()
                .Where(h => h.Id == input.HazardousAreaId)
                .Select(h => new { h.Status, h.ArchivedAt })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw Invalid.Field("hazardousAreaId", $"Hazardous area '{input.HazardousAreaId}' does not exist.");
            if (hazard.ArchivedAt is not null || hazard.Status is not (HazardStatus.Open or HazardStatus.Suspended))
            {
                throw new DomainRuleViolation("HAZARD_NOT_OPEN", "Activities are recorded on open hazardous areas only.", "hazardousAreaId");
            }

            if (!await db.Organisations.AnyAsync(o => o.Id == input.OrganisationId && o.ArchivedAt == null, cancellationToken))
            {
                throw Invalid.Field("organisationId", $"Organisation '{input.OrganisationId}' does not exist.");
            }

            var today = clock.Today();
            var activity = new LandReleaseActivity(input.HazardousAreaId!.Value, input.OrganisationId!.Value, input.Type!.Value,
                input.ToPlan(programme.Value.DefaultClearanceDepthCm), today);
            if (input.TaskId is { } taskId)
            {
                await EnsureTaskFitsAsync(taskId, input, cancellationToken);
                activity.LinkToTask(taskId);
            }

            user.ApplyEntryReview(activity, clock.GetUtcNow());
            db.Activities.Add(activity);
            await db.SaveChangesAsync(cancellationToken);
            return await db.GetActivityAsync(user, activity.Id, cancellationToken);
        }

        /// <summary>An activity carries out a task only for the tasked organisation, activity type and hazards, once accepted.</summary>
        private async Task EnsureTaskFitsAsync(Guid taskId, ActivityInput input, CancellationToken ct)
        {
            var task = await db.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId && t.ArchivedAt == null, ct)
                ?? throw Invalid.Field("taskId", $"Task '{taskId}' does not exist.");
            if (task.OrganisationId != input.OrganisationId || task.Activity != input.Type || !task.HazardousAreaIds.Contains(input.HazardousAreaId!.Value))
            {
                throw new DomainRuleViolation("TASK_MISMATCH", "The task was given to another organisation, activity type or hazardous area.", "taskId");
            }

            if (task.Status is not (Domain.Operations.TaskOrderStatus.Accepted or Domain.Operations.TaskOrderStatus.InProgress))
            {
                throw new DomainRuleViolation("TASK_NOT_ACCEPTED", $"Work starts on an accepted task; this one is {task.Status}.", "taskId");
            }
        }
    }
}
