using MineAction.Domain.Operations;

namespace MineAction.Domain.LandRelease;

/// <summary>
/// A survey, clearance or EOD job on one hazardous area by one organisation. It is the unit an operator
/// reports and the NMAA approves: its products and devices count in official figures once it is approved.
/// </summary>
public sealed class LandReleaseActivity : ApprovableEntity
{
    public const int MaxDepthCm = 500;
    public const int MaxTeams = 100;

    private LandReleaseActivity()
    {
    }

    public LandReleaseActivity(Guid hazardousAreaId, Guid organisationId, ActivityType type, ActivityPlan plan, DateOnly today)
    {
        HazardousAreaId = hazardousAreaId;
        OrganisationId = organisationId;
        Type = type;
        Status = ActivityStatus.Planned;
        Apply(plan, today);
    }

    /// <summary>
    /// Whether an operator may still report results (released land, devices, disposals): while the work goes on and until a completed
    /// report is approved; after that only the NMAA corrects it.
    /// </summary>
    public static bool TakesOperatorResults(ActivityStatus status, ApprovalStatus approval) =>
        !(status == ActivityStatus.Completed && approval == ApprovalStatus.Approved);

    public Guid HazardousAreaId { get; private set; }
    public Guid OrganisationId { get; private set; }

    /// <summary>The task order the activity carries out, when the NMAA tasked it.</summary>
    public Guid? TaskId { get; private set; }
    public ActivityType Type { get; private set; }
    public ActivityStatus Status { get; private set; }
    public IReadOnlyList<ClearanceMethod> Methods { get; private set; } = [];

    /// <summary>The depth to which the NMAA requires the land to be cleared (cm).</summary>
    public int SpecifiedDepthCm { get; private set; }

    /// <summary>Teams deployed; with the actual dates it gives the team-days of performance figures.</summary>
    public int Teams { get; private set; } = 1;
    public DateOnly? PlannedStart { get; private set; }
    public DateOnly? PlannedEnd { get; private set; }
    public DateOnly? ActualStart { get; private set; }
    public DateOnly? ActualEnd { get; private set; }

    /// <summary>Its id in the system it came from (see <see cref="Common.ExternalId"/>).</summary>
    public string? ExternalImsmaId { get; private set; }

    public void Identify(string? externalId) => ExternalImsmaId = ExternalId.Normalise(externalId);

    /// <summary>Records that this activity carries out a task order, which must fit it (organisation, type, hazard) and be accepted.</summary>
    public void LinkToTask(Operations.ClearanceTask task)
    {
        task.EnsureCanBeCarriedOutBy(OrganisationId, Type, HazardousAreaId);
        TaskId = task.Id;
    }

    public void UpdatePlan(ActivityPlan plan, DateOnly today)
    {
        EnsureNotArchived();
        Apply(plan, today);
    }

    /// <summary>
    /// Starts (or resumes) the work. The organisation must hold, on that day, an active accreditation for this activity type valid in the
    /// hazardous area's province (IMAS 07.30) — whether or not a task was issued for it.
    /// </summary>
    public void Start(DateOnly on, DateOnly today, IReadOnlyCollection<Accreditation> accreditations, Guid provinceId, int openCriticalNonConformities = 0)
    {
        EnsureNotArchived();
        if (openCriticalNonConformities > 0)
        {
            throw new DomainRuleViolation("CRITICAL_NON_CONFORMITY_OPEN",
                "A critical non-conformity is open on this activity: it stays suspended until the NC is closed with evidence.");
        }

        if (Status is not (ActivityStatus.Planned or ActivityStatus.Suspended))
        {
            throw Transition("start");
        }

        if (on > today)
        {
            throw new DomainRuleViolation("DATE_IN_FUTURE", "An activity cannot start in the future.", "date");
        }

        var needed = Accreditation.For(Type);
        if (!Accreditation.AnyCovers(accreditations, OrganisationId, needed, on, provinceId))
        {
            throw new DomainRuleViolation("ACCREDITATION_REQUIRED",
                $"The organisation holds no active {needed} accreditation valid on {on:yyyy-MM-dd} in the hazardous area's province, so it cannot start this work (IMAS 07.30).",
                "organisationId");
        }

        ActualStart ??= on;
        Status = ActivityStatus.InProgress;
    }

    /// <summary>A critical non-conformity suspends work at once, whatever the activity was doing (unless finished).</summary>
    public void SuspendForCriticalNonConformity()
    {
        EnsureNotArchived();
        if (Status is ActivityStatus.InProgress or ActivityStatus.Planned)
        {
            Status = ActivityStatus.Suspended;
        }
    }

    public void Suspend()
    {
        EnsureNotArchived();
        if (Status != ActivityStatus.InProgress)
        {
            throw Transition("suspend");
        }

        Status = ActivityStatus.Suspended;
    }

    /// <summary>Completes the activity; every device found must have a disposal record first.</summary>
    /// <summary>Completes the activity on a date from its start to today, and not before its last device was disposed of.</summary>
    public void Complete(DateOnly on, DateOnly today, int devicesWithoutDisposal, DateOnly? lastDisposal = null)
    {
        EnsureNotArchived();
        if (Status != ActivityStatus.InProgress)
        {
            throw Transition("complete");
        }

        if (devicesWithoutDisposal > 0)
        {
            throw new DomainRuleViolation("DEVICES_NOT_DISPOSED",
                $"{devicesWithoutDisposal} device record(s) have no disposal yet; record how each was disposed of before completing.");
        }

        if (on > today || (ActualStart is { } start && on < start))
        {
            throw new DomainRuleViolation("DATE_ORDER", "The end date lies between the start date and today.", "date");
        }

        if (lastDisposal is { } disposed && on < disposed)
        {
            throw new DomainRuleViolation("DATE_ORDER",
                $"The end date cannot be before the last disposal of a device ({IsoDate.Of(disposed)}).", "date");
        }

        ActualEnd = on;
        Status = ActivityStatus.Completed;
    }

    /// <summary>A released area is dated within the activity (from its start, not after its end, not in the future).</summary>
    public void EnsureReleaseDate(DateOnly releaseDate, DateOnly today) =>
        EnsureWithinPeriod(releaseDate, today, "RELEASE_DATE_OUTSIDE_ACTIVITY", "The release date", "releaseDate");

    /// <summary>
    /// A result of the activity — land released, a device found or disposed of — is dated within the activity: from its start,
    /// not after its end, not in the future.
    /// </summary>
    public void EnsureWithinPeriod(DateOnly date, DateOnly today, string code, string what, string field)
    {
        var from = ActualStart ?? PlannedStart;
        var to = ActualEnd ?? today;
        if (date > today || (from is { } f && date < f) || date > to)
        {
            throw new DomainRuleViolation(code,
                $"{what} must lie within the activity ({(from is { } start ? IsoDate.Of(start) : "start")} – {IsoDate.Of(to)}) and not in the future.",
                field);
        }
    }

    /// <summary>IMAS: NTS cancels, TS reduces (or clears what it cleared), clearance clears.</summary>
    public void EnsureOutcome(ReleaseOutcome outcome)
    {
        var allowed = Type switch
        {
            ActivityType.NTS => outcome == ReleaseOutcome.Cancelled,
            ActivityType.TS => outcome is ReleaseOutcome.Reduced or ReleaseOutcome.Cleared,
            ActivityType.Clearance or ActivityType.BAC => outcome == ReleaseOutcome.Cleared,
            _ => false,
        };
        if (!allowed)
        {
            throw new DomainRuleViolation("OUTCOME_DOES_NOT_MATCH_ACTIVITY",
                $"A {Type} activity cannot release land as {outcome}: NTS cancels, TS reduces or clears, clearance clears; EOD releases no land.",
                "outcome");
        }
    }

    public void EnsureAcceptsResults()
    {
        EnsureNotArchived();
        if (Status == ActivityStatus.Planned)
        {
            throw new DomainRuleViolation("ACTIVITY_NOT_STARTED", "Start the activity before recording its results.");
        }
    }

    private void Apply(ActivityPlan plan, DateOnly today)
    {
        if (plan.SpecifiedDepthCm is < 0 or > MaxDepthCm)
        {
            throw new DomainRuleViolation("DEPTH_OUT_OF_RANGE", $"The specified depth is 0–{MaxDepthCm} cm.", "specifiedDepthCm");
        }

        if (plan.PlannedStart is { } s && plan.PlannedEnd is { } e && e < s)
        {
            throw new DomainRuleViolation("DATE_ORDER", "The planned end cannot be before the planned start.", "plannedEnd");
        }

        if (plan.Teams is < 1 or > MaxTeams)
        {
            throw new DomainRuleViolation("TEAMS_OUT_OF_RANGE", $"An activity deploys 1–{MaxTeams} teams.", "teams");
        }

        _ = today;
        Teams = plan.Teams;
        Methods = plan.Methods.Distinct().Order().ToList();
        SpecifiedDepthCm = plan.SpecifiedDepthCm;
        PlannedStart = plan.PlannedStart;
        PlannedEnd = plan.PlannedEnd;
    }

    private DomainRuleViolation Transition(string action) =>
        new("ILLEGAL_TRANSITION", $"A {Status} activity cannot {action}.");
}

/// <summary>How an activity is planned: methods, specified clearance depth, planned dates and the teams deployed (for team-days in performance figures).</summary>
public sealed record ActivityPlan(IReadOnlyCollection<ClearanceMethod> Methods, int SpecifiedDepthCm, DateOnly? PlannedStart, DateOnly? PlannedEnd,
    int Teams = 1);
