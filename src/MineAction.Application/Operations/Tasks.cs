using Microsoft.Extensions.Options;
using MineAction.Domain.LandRelease;
using MineAction.Domain.Operations;

namespace MineAction.Application.Operations;

public sealed record TaskHazard(Guid Id, string Code);

public sealed record TaskDto(
    Guid Id,
    Guid OrganisationId,
    string OrganisationAcronym,
    ActivityType Activity,
    IReadOnlyList<TaskHazard> Hazards,
    TaskPriority Priority,
    double PriorityScore,
    DateOnly? PlannedStart,
    DateOnly? PlannedEnd,
    Guid? FundingContributionId,
    TaskOrderStatus Status,
    DateOnly? IssuedOn,
    DateOnly? AcceptedOn,
    DateOnly? StartedOn,
    DateOnly? CompletedOn,
    DateOnly? CancelledOn,
    string? CancelReason,
    double TaskedAreaM2,
    double ReleasedM2,
    uint RowVersion)
{
    /// <summary>Released m² by the task's activities over the tasked area (0–1).</summary>
    public double Progress => TaskedAreaM2 > 0 ? Math.Min(1, ReleasedM2 / TaskedAreaM2) : 0;
}

internal static class TaskQueries
{
    public static IQueryable<ClearanceTask> Visible(IMineActionDb db, ICurrentUser user) =>
        user.IsOperator() ? db.Tasks.Where(t => t.OrganisationId == user.OrganisationId) : db.Tasks;

    public static IQueryable<TaskDto> Project(IMineActionDb db, IQueryable<ClearanceTask> tasks) =>
        from t in tasks
        join o in db.Organisations on t.OrganisationId equals o.Id
        orderby t.PriorityScore descending, t.Id
        select new TaskDto(t.Id, t.OrganisationId, o.Acronym, t.Activity,
            db.HazardousAreas.Where(h => t.HazardousAreaIds.Contains(h.Id)).OrderBy(h => h.Code).Select(h => new TaskHazard(h.Id, h.Code)).ToList(),
            t.Priority, t.PriorityScore, t.PlannedStart, t.PlannedEnd, t.FundingContributionId, t.Status, t.IssuedOn, t.AcceptedOn,
            t.StartedOn, t.CompletedOn, t.CancelledOn, t.CancelReason,
            db.HazardousAreas.Where(h => t.HazardousAreaIds.Contains(h.Id)).Sum(h => (double?)h.AreaM2) ?? 0,
            (from p in db.Products
             join a in db.Activities on p.ActivityId equals a.Id
             where a.TaskId == t.Id && p.ArchivedAt == null && p.SupersededOn == null
             select (double?)p.AreaM2).Sum() ?? 0,
            t.RowVersion);

    public static async Task<TaskDto> GetAsync(IMineActionDb db, ICurrentUser user, Guid id, CancellationToken ct) =>
        await Project(db, Visible(db, user).Where(t => t.Id == id)).SingleOrDefaultAsync(ct) ?? throw new NotFoundException("Task", id);
}

/// <summary>The NMAA drafts a task order for an organisation on hazardous areas; its priority score follows the national criteria.</summary>
public static class CreateTask
{
    public sealed record Command(Guid? OrganisationId, ActivityType? Activity, IReadOnlyList<Guid>? HazardousAreaIds, TaskPriority? Priority,
        DateOnly? PlannedStart, DateOnly? PlannedEnd, Guid? FundingContributionId) : ICommand<TaskDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.OrganisationId).NotNull();
            RuleFor(c => c.Activity).NotNull().IsInEnum();
            RuleFor(c => c.HazardousAreaIds).NotEmpty();
            RuleFor(c => c.Priority).NotNull().IsInEnum();
            RuleFor(c => c.PlannedEnd).GreaterThanOrEqualTo(c => c.PlannedStart).When(c => c.PlannedStart is not null && c.PlannedEnd is not null)
                .WithMessage("'plannedEnd' cannot be before 'plannedStart'.");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, IOptions<ProgrammeOptions> programme) : ICommandHandler<Command, TaskDto>
    {
        public async ValueTask<TaskDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureReviewer();
            if (!await db.Organisations.AnyAsync(o => o.Id == c.OrganisationId && o.ArchivedAt == null, cancellationToken))
            {
                throw Invalid.Field("organisationId", $"Organisation '{c.OrganisationId}' does not exist.");
            }

            var ids = c.HazardousAreaIds!.Distinct().ToList();
            var hazards = await db.HazardousAreas.Approved()
                .Where(h => ids.Contains(h.Id) && h.ArchivedAt == null)
                .Select(h => new
                {
                    h.LandUseBlocked.Count,
                    Beneficiaries = h.DirectBeneficiaries.Girls + h.DirectBeneficiaries.Boys + h.DirectBeneficiaries.Women + h.DirectBeneficiaries.Men,
                    Accidents = db.Accidents.Count(a => a.ArchivedAt == null && (a.HazardousAreaId == h.Id || a.Location.Intersects(h.Geometry))),
                })
                .ToListAsync(cancellationToken);
            if (hazards.Count != ids.Count)
            {
                throw Invalid.Field("hazardousAreaIds", "Every entry must be an approved, active hazardous area.");
            }

            if (c.FundingContributionId is { } funding && !await db.Contributions.AnyAsync(x => x.Id == funding && x.ArchivedAt == null, cancellationToken))
            {
                throw Invalid.Field("fundingContributionId", $"Contribution '{funding}' does not exist.");
            }

            var weights = programme.Value;
            var score = hazards.Sum(h => (h.Count * weights.PriorityPerLandUseBlocked) + (Math.Log10(1 + h.Beneficiaries) * weights.PriorityPerBeneficiaryMagnitude)
                + (h.Accidents * weights.PriorityPerAccidentNearby));
            var task = new ClearanceTask(c.OrganisationId!.Value, c.Activity!.Value, ids, c.Priority!.Value, score, c.PlannedStart, c.PlannedEnd,
                c.FundingContributionId);
            db.Tasks.Add(task);
            await db.SaveChangesAsync(cancellationToken);
            return await TaskQueries.GetAsync(db, user, task.Id, cancellationToken);
        }
    }
}

/// <summary>Issue (NMAA, accreditation checked), accept / start / complete (the tasked organisation or the NMAA), cancel (NMAA).</summary>
public static class ChangeTaskStatus
{
    public enum Transition
    {
        Issue,
        Accept,
        Start,
        Complete,
        Cancel,
    }

    public sealed record Command(Guid Id, uint? ExpectedVersion, Transition? Step, DateOnly? Date, string? Reason) : ICommand<TaskDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Step).NotNull().IsInEnum().WithName("step");
            RuleFor(c => c.Date).NotNull().WithName("date");
            RuleFor(c => c.Reason).MaximumLength(ClearanceTask.MaxReasonLength).WithName("reason");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, TaskDto>
    {
        public async ValueTask<TaskDto> Handle(Command c, CancellationToken cancellationToken)
        {
            var task = await TaskQueries.Visible(db, user).SingleOrDefaultAsync(t => t.Id == c.Id, cancellationToken)
                ?? throw new NotFoundException("Task", c.Id);
            if (c.Step is Transition.Issue or Transition.Cancel)
            {
                user.EnsureReviewer();
            }
            else
            {
                user.EnsureCanEnterDataFor(task.OrganisationId);
            }

            task = await db.FindForUpdateAsync(db.Tasks, c.Id, c.ExpectedVersion, cancellationToken);
            var today = clock.Today();
            var on = c.Date!.Value;
            switch (c.Step)
            {
                case Transition.Issue:
                    var provinces = await db.HazardousAreas.Where(h => task.HazardousAreaIds.Contains(h.Id)).Select(h => h.ProvinceId).Distinct()
                        .ToListAsync(cancellationToken);
                    var accreditations = await db.Accreditations.Where(a => a.OrganisationId == task.OrganisationId && a.ArchivedAt == null)
                        .ToListAsync(cancellationToken);
                    task.Issue(on, today, accreditations, provinces);
                    break;
                case Transition.Accept:
                    task.Accept(on, today);
                    break;
                case Transition.Start:
                    task.Start(on, today);
                    break;
                case Transition.Complete:
                    task.Complete(on, today);
                    break;
                default:
                    task.Cancel(on, c.Reason ?? string.Empty, today);
                    break;
            }

            await db.SaveChangesAsync(cancellationToken);
            return await TaskQueries.GetAsync(db, user, task.Id, cancellationToken);
        }
    }
}

public static class GetTask
{
    public sealed record Query(Guid Id) : IQuery<TaskDto>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : IQueryHandler<Query, TaskDto>
    {
        public async ValueTask<TaskDto> Handle(Query query, CancellationToken cancellationToken) =>
            await TaskQueries.GetAsync(db, user, query.Id, cancellationToken);
    }
}

/// <summary>Tasks by status, province and organisation, highest priority score first.</summary>
public static class ListTasks
{
    public sealed record Query(TaskOrderStatus? Status = null, Guid? ProvinceId = null, Guid? OrganisationId = null, int Page = 1,
        int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<TaskDto>>, IFixedOrderPagedQuery;

    public sealed class Validator : FixedOrderPagingValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Status).IsInEnum().WithName("status");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : IQueryHandler<Query, PagedResult<TaskDto>>
    {
        public async ValueTask<PagedResult<TaskDto>> Handle(Query q, CancellationToken cancellationToken)
        {
            var tasks = TaskQueries.Visible(db, user).Where(t => t.ArchivedAt == null);
            tasks = q.Status is { } status ? tasks.Where(t => t.Status == status) : tasks;
            tasks = q.OrganisationId is { } organisation ? tasks.Where(t => t.OrganisationId == organisation) : tasks;
            if (q.ProvinceId is { } province)
            {
                tasks = tasks.Where(t => db.HazardousAreas.Any(h => t.HazardousAreaIds.Contains(h.Id) && h.ProvinceId == province));
            }

            return await TaskQueries.Project(db, tasks).ToPageAsync(q, cancellationToken);
        }
    }
}
