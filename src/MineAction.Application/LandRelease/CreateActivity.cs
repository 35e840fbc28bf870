using MineAction.Application.Programme;
namespace MineAction.Application.LandRelease;

/// <summary>An organisation starts a survey, clearance or EOD activity on an open hazardous area.</summary>
public static class CreateActivity
{
    /// <summary>The plan of an activity: methods, specified depth (default: the national setting), planned dates, teams and the task order it carries out.</summary>
    public sealed record Command(
        Guid? HazardousAreaId,
        Guid? OrganisationId,
        ActivityType? Type,
        IReadOnlyList<ClearanceMethod>? Methods,
        int? SpecifiedDepthCm,
        DateOnly? PlannedStart,
        DateOnly? PlannedEnd,
        Guid? TaskId = null,
        int? Teams = null,
        string? ExternalImsmaId = null) : ICommand<ActivityDto>
    {
        public ActivityPlan ToPlan(int defaultDepthCm) =>
            new(Methods ?? [], SpecifiedDepthCm ?? defaultDepthCm, PlannedStart, PlannedEnd, Teams ?? 1);
    }

    /// <summary>Why an activity cannot be recorded on a hazard that is closed or archived.</summary>
    public const string HazardNotOpen = "Activities are recorded on open hazardous areas only.";

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.HazardousAreaId).NotNull();
            RuleFor(x => x.OrganisationId).NotNull();
            RuleFor(x => x.Type).NotNull().IsInEnum();
            RuleForEach(x => x.Methods).IsInEnum();
            RuleFor(x => x.SpecifiedDepthCm).InclusiveBetween(0, LandReleaseActivity.MaxDepthCm);
            RuleFor(x => x.Teams).InclusiveBetween(1, LandReleaseActivity.MaxTeams);
            RuleFor(x => x.ExternalImsmaId).MaximumLength(ExternalId.MaxLength);
            RuleFor(x => x.PlannedEnd).GreaterThanOrEqualTo(x => x.PlannedStart).When(x => x.PlannedStart is not null && x.PlannedEnd is not null)
                .WithMessage("'plannedEnd' cannot be before 'plannedStart'.");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock)
        : ICommandHandler<Command, ActivityDto>
    {
        public async ValueTask<ActivityDto> Handle(Command command, CancellationToken cancellationToken)
        {
            user.EnsureCanEnterDataFor(command.OrganisationId!.Value);
            var hazard = await db.HazardousAreas.IncludingArchived().AsNoTracking()
                .SingleOrDefaultAsync(h => h.Id == command.HazardousAreaId, cancellationToken)
                ?? throw Invalid.Field("hazardousAreaId", $"Hazardous area '{command.HazardousAreaId}' does not exist.");
            hazard.EnsureAcceptsWork(HazardNotOpen, "hazardousAreaId");

            await db.EnsureOrganisationAsync(command.OrganisationId, "organisationId", cancellationToken);
            var external = ExternalId.Normalise(command.ExternalImsmaId);
            await ExternalIds.EnsureFreeAsync(db.Activities.IncludingArchived()
                .Where(a => a.OrganisationId == command.OrganisationId && a.ExternalImsmaId == external)
                .Select(a => db.HazardLabels.Where(h => h.Id == a.HazardousAreaId).Select(h => h.Code).First()),
                external, "The activity on", cancellationToken);

            var today = clock.Today();
            var activity = new LandReleaseActivity(command.HazardousAreaId!.Value, command.OrganisationId!.Value, command.Type!.Value,
                command.ToPlan((await db.ProgrammeSettingsAsync(cancellationToken)).DefaultClearanceDepthCm), today);
            activity.Identify(external);
            if (command.TaskId is { } taskId)
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
