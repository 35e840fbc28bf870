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

public static class UpdateActivityPlan
{
    public sealed record Command(Guid Id, uint? ExpectedVersion, IReadOnlyList<ClearanceMethod>? Methods, int? SpecifiedDepthCm,
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
            user.ApplyEntryReview(activity, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return await db.GetActivityAsync(user, activity.Id, cancellationToken);
        }
    }
}

/// <summary>Start, suspend or complete an activity (completion needs every device disposed of).</summary>
public static class ChangeActivityStatus
{
    public sealed record Command(Guid Id, uint? ExpectedVersion, ActivityStatus? Status, DateOnly? Date) : ICommand<ActivityDto>;

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
                        n => n.ActivityId == activity.Id && n.Severity == Domain.Quality.Severity.Critical && n.ClosedOn == null && n.ArchivedAt == null,
                        cancellationToken);
                    activity.Start(command.Date!.Value, today, openCritical);
                    break;
                case ActivityStatus.Suspended:
                    activity.Suspend();
                    break;
                default:
                    var undisposed = await db.Devices.CountAsync(
                        d => d.ActivityId == activity.Id && d.ArchivedAt == null && d.DisposalMethod == null, cancellationToken);
                    activity.Complete(command.Date!.Value, today, undisposed);
                    break;
            }

            user.ApplyEntryReview(activity, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return await db.GetActivityAsync(user, activity.Id, cancellationToken);
        }
    }
}

public static class GetActivity
{
    public sealed record Query(Guid Id) : IQuery<ActivityDto>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : IQueryHandler<Query, ActivityDto>
    {
        public async ValueTask<ActivityDto> Handle(Query query, CancellationToken cancellationToken) =>
            await db.GetActivityAsync(user, query.Id, cancellationToken);
    }
}

public static class ListActivities
{
    public sealed record Query(
        Guid? HazardousAreaId = null,
        Guid? OrganisationId = null,
        ActivityType? Type = null,
        ActivityStatus? Status = null,
        ApprovalStatus? ApprovalStatus = null,
        bool IncludeArchived = false,
        int Page = 1,
        int PageSize = Paging.DefaultPageSize,
        string? Sort = null) : IQuery<PagedResult<ActivityDto>>, IPagedQuery;

    public static readonly SortMap<LandReleaseActivity> Sorts = new SortMap<LandReleaseActivity>("-createdAt", a => a.Id)
        .Add("createdAt", a => a.CreatedAt)
        .Add("plannedStart", a => a.PlannedStart)
        .Add("actualEnd", a => a.ActualEnd)
        .Add("status", a => a.Status)
        .Add("type", a => a.Type);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.AddPagingRules(Sorts.Keys);
            RuleFor(q => q.Type).IsInEnum().WithName("type");
            RuleFor(q => q.Status).IsInEnum().WithName("status");
            RuleFor(q => q.ApprovalStatus).IsInEnum().WithName("approvalStatus");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : IQueryHandler<Query, PagedResult<ActivityDto>>
    {
        public async ValueTask<PagedResult<ActivityDto>> Handle(Query q, CancellationToken cancellationToken)
        {
            var activities = db.VisibleActivities(user).AsNoTracking();
            activities = q.IncludeArchived ? activities : activities.Where(a => a.ArchivedAt == null);
            activities = q.HazardousAreaId is { } hazard ? activities.Where(a => a.HazardousAreaId == hazard) : activities;
            activities = q.OrganisationId is { } organisation ? activities.Where(a => a.OrganisationId == organisation) : activities;
            activities = q.Type is { } type ? activities.Where(a => a.Type == type) : activities;
            activities = q.Status is { } status ? activities.Where(a => a.Status == status) : activities;
            activities = q.ApprovalStatus is { } approval ? activities.Where(a => a.ApprovalStatus == approval) : activities;
            return await Sorts.Apply(activities, q.Sort).Select(ActivityDto.Projection(db)).ToPageAsync(q, cancellationToken);
        }
    }
}
