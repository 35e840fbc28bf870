using MineAction.Domain.LandRelease;

namespace MineAction.Domain.Operations;

public enum TaskPriority
{
    High,
    Medium,
    Low,
}

public enum TaskOrderStatus
{
    Draft,
    Issued,
    Accepted,
    InProgress,
    Completed,
    Cancelled,
}

/// <summary>
/// A task order: the NMAA tasks an organisation with an activity type on one or more hazardous areas.
/// It moves Draft → Issued → Accepted → InProgress → Completed (or Cancelled), each step dated; it can only
/// be issued to an organisation accredited for the activity, on the issue date, in every province concerned.
/// </summary>
public sealed class ClearanceTask : Entity
{
    public const int MaxReasonLength = 1000;

    private ClearanceTask()
    {
    }

    public ClearanceTask(Guid organisationId, ActivityType activity, IReadOnlyCollection<Guid> hazardousAreaIds, TaskPriority priority,
        double priorityScore, DateOnly? plannedStart, DateOnly? plannedEnd, Guid? fundingContributionId)
    {
        if (hazardousAreaIds.Count == 0)
        {
            throw new DomainRuleViolation("HAZARDS_REQUIRED", "A task covers at least one hazardous area.", "hazardousAreaIds");
        }

        if (plannedStart is { } s && plannedEnd is { } e && e < s)
        {
            throw new DomainRuleViolation("DATE_ORDER", "The planned end cannot be before the planned start.", "plannedEnd");
        }

        OrganisationId = organisationId;
        Activity = activity;
        HazardousAreaIds = hazardousAreaIds.Distinct().ToList();
        Priority = priority;
        PriorityScore = Math.Round(priorityScore, 2);
        PlannedStart = plannedStart;
        PlannedEnd = plannedEnd;
        FundingContributionId = fundingContributionId;
        Status = TaskOrderStatus.Draft;
    }

    public Guid OrganisationId { get; private set; }
    public ActivityType Activity { get; private set; }
    public IReadOnlyList<Guid> HazardousAreaIds { get; private set; } = [];
    public TaskPriority Priority { get; private set; }

    /// <summary>Score from the national criteria (land use blocked, beneficiaries, accidents nearby); higher first.</summary>
    public double PriorityScore { get; private set; }
    public DateOnly? PlannedStart { get; private set; }
    public DateOnly? PlannedEnd { get; private set; }

    /// <summary>The contribution that pays for the task, once the funding module records it.</summary>
    public Guid? FundingContributionId { get; private set; }
    public TaskOrderStatus Status { get; private set; }
    public DateOnly? IssuedOn { get; private set; }
    public DateOnly? AcceptedOn { get; private set; }
    public DateOnly? StartedOn { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public DateOnly? CancelledOn { get; private set; }
    public string? CancelReason { get; private set; }

    /// <summary>
    /// An activity carries out this task only for the tasked organisation, activity type and hazards (rule <c>TASK_MISMATCH</c>),
    /// once the organisation has accepted it (<c>TASK_NOT_ACCEPTED</c>).
    /// </summary>
    public void EnsureCanBeCarriedOutBy(Guid organisationId, ActivityType activity, Guid hazardousAreaId)
    {
        if (organisationId != OrganisationId || activity != Activity || !HazardousAreaIds.Contains(hazardousAreaId))
        {
            throw new DomainRuleViolation("TASK_MISMATCH", "The task was given to another organisation, activity type or hazardous area.", "taskId");
        }

        if (Status is not (TaskOrderStatus.Accepted or TaskOrderStatus.InProgress))
        {
            throw new DomainRuleViolation("TASK_NOT_ACCEPTED", $"Work starts on an accepted task; this one is {Status}.", "taskId");
        }
    }

    /// <summary>The accreditation type the task's activity needs.</summary>
    public AccreditedActivity RequiredAccreditation => Accreditation.For(Activity);

    /// <summary>Issues the task; every province needs an accreditation of the organisation valid on that day.</summary>
    public void Issue(DateOnly on, DateOnly today, IReadOnlyCollection<Accreditation> accreditations, IReadOnlyCollection<Guid> provinceIds)
    {
        if (Status != TaskOrderStatus.Draft)
        {
            throw new DomainRuleViolation("ILLEGAL_TRANSITION", $"A {Status} task cannot be issued; only a draft can.");
        }

        var uncovered = provinceIds.Where(p => !Accreditation.AnyCovers(accreditations, OrganisationId, RequiredAccreditation, on, p)).ToList();
        if (uncovered.Count > 0)
        {
            throw new DomainRuleViolation("ACCREDITATION_REQUIRED",
                $"The organisation holds no active {RequiredAccreditation} accreditation valid on {on:yyyy-MM-dd} for {uncovered.Count} of the task's province(s).",
                "organisationId");
        }

        Move(TaskOrderStatus.Draft, TaskOrderStatus.Issued, on, DateOnly.MinValue, today);
        IssuedOn = on;
    }

    public void Accept(DateOnly on, DateOnly today)
    {
        Move(TaskOrderStatus.Issued, TaskOrderStatus.Accepted, on, IssuedOn ?? DateOnly.MinValue, today);
        AcceptedOn = on;
    }

    public void Start(DateOnly on, DateOnly today)
    {
        Move(TaskOrderStatus.Accepted, TaskOrderStatus.InProgress, on, AcceptedOn ?? DateOnly.MinValue, today);
        StartedOn = on;
    }

    public void Complete(DateOnly on, DateOnly today)
    {
        Move(TaskOrderStatus.InProgress, TaskOrderStatus.Completed, on, StartedOn ?? DateOnly.MinValue, today);
        CompletedOn = on;
    }

    public void Cancel(DateOnly on, string reason, DateOnly today)
    {
        EnsureNotArchived();
        if (Status is TaskOrderStatus.Completed or TaskOrderStatus.Cancelled)
        {
            throw new DomainRuleViolation("ILLEGAL_TRANSITION", $"A {Status} task cannot be cancelled.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleViolation("REASON_REQUIRED", "Say why the task is cancelled.", "reason");
        }

        EnsureDate(on, IssuedOn ?? DateOnly.MinValue, today);
        Status = TaskOrderStatus.Cancelled;
        CancelledOn = on;
        CancelReason = reason.Trim();
    }

    private void Move(TaskOrderStatus from, TaskOrderStatus to, DateOnly on, DateOnly notBefore, DateOnly today)
    {
        EnsureNotArchived();
        if (Status != from)
        {
            throw new DomainRuleViolation("ILLEGAL_TRANSITION", $"A {Status} task cannot become {to}; it must be {from} first.");
        }

        EnsureDate(on, notBefore, today);
        Status = to;
    }

    private static void EnsureDate(DateOnly on, DateOnly notBefore, DateOnly today)
    {
        if (on < notBefore || on > today)
        {
            throw new DomainRuleViolation("DATE_ORDER", "The step is dated between the previous step and today.", "date");
        }
    }
}
