namespace MineAction.Domain.Resources;

/// <summary>What a project's outputs are computed from: land release activities, task orders, risk education sessions and victim assistance services.</summary>
public enum ProjectLinkKind
{
    Activity,
    Task,
    EoreSession,
    AssistanceService,
}

/// <summary>IATI activity status (ActivityStatus codelist), derived from the project's dates, its real work and money, and archiving.</summary>
public enum ProjectStatus
{
    Pipeline = 1,
    Implementation = 2,
    Finalisation = 3,
    Closed = 4,
    Cancelled = 5,
}

/// <summary>
/// What really happened on a project, read from the records linked to it: the first and last day of real work (an activity started or
/// ended, a risk education session held, a service delivered) or real money (funds received, disbursed or spent — not commitments or
/// pledges), and whether linked field work is still open.
/// </summary>
public sealed record ProjectProgress(DateOnly? FirstActual, DateOnly? LastActual, bool WorkOpen)
{
    public static readonly ProjectProgress None = new(null, null, false);
}

/// <summary>
/// A funded piece of work by one implementing organisation over a period, with a budget. Its outputs are never typed in:
/// they are computed from the activities, tasks, EORE sessions and VA services linked to it.
/// </summary>
public sealed class Project : Entity
{
    public const int MaxCodeLength = 50;
    public const int MaxTitleLength = 300;

    private Project()
    {
    }

    public Project(string code, ProjectDetails details)
    {
        Code = code.Trim();
        Apply(details);
    }

    public string Code { get; private set; } = string.Empty;
    public string Title { get; private set; } = string.Empty;
    public string? Description { get; private set; }
    public Guid ImplementingOrganisationId { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly EndDate { get; private set; }
    public decimal Budget { get; private set; }
    public string BudgetCurrency { get; private set; } = string.Empty;
    public Guid? ProvinceId { get; private set; }
    public IReadOnlyList<Guid> ActivityIds { get; private set; } = [];
    public IReadOnlyList<Guid> TaskIds { get; private set; } = [];
    public IReadOnlyList<Guid> EoreSessionIds { get; private set; } = [];
    public IReadOnlyList<Guid> AssistanceServiceIds { get; private set; } = [];

    /// <summary>
    /// The budget split into periods of at most one calendar year (IATI asks for budget periods no longer than a year), pro rata to
    /// the days of the project in each year; the cents left over go to the last period, so the parts add up to the budget.
    /// </summary>
    public IReadOnlyList<BudgetPeriod> AnnualBudgets()
    {
        var days = EndDate.DayNumber - StartDate.DayNumber + 1;
        var periods = Enumerable.Range(StartDate.Year, EndDate.Year - StartDate.Year + 1)
            .Select(year => (Start: year == StartDate.Year ? StartDate : new DateOnly(year, 1, 1), End: year == EndDate.Year ? EndDate : new DateOnly(year, 12, 31)))
            .ToList();
        var result = new List<BudgetPeriod>();
        foreach (var (start, end) in periods)
        {
            var amount = end == EndDate
                ? Budget - result.Sum(b => b.Amount)
                : Math.Round(Budget * (end.DayNumber - start.DayNumber + 1) / days, 2, MidpointRounding.ToZero);
            result.Add(new BudgetPeriod(start, end, amount));
        }

        return result;
    }

    /// <summary>Whether the project's outputs count an activity: linked itself, or done under one of the project's tasks.</summary>
    public bool Counts(Guid activityId, Guid? taskId) => ActivityIds.Contains(activityId) || (taskId is { } task && TaskIds.Contains(task));

    /// <summary>
    /// An archived project was cancelled. Past its end date it is in finalisation while linked field work is still open, then closed.
    /// Before that it is in implementation once its start date has come or real work or money has begun, otherwise in the pipeline.
    /// </summary>
    public ProjectStatus StatusOn(DateOnly today, ProjectProgress progress) =>
        IsArchived ? ProjectStatus.Cancelled
        : today > EndDate ? (progress.WorkOpen ? ProjectStatus.Finalisation : ProjectStatus.Closed)
        : today < StartDate && progress.FirstActual is null ? ProjectStatus.Pipeline
        : ProjectStatus.Implementation;

    /// <summary>The actual end: the last real work or money, once the project is closed or cancelled; never the planned end date.</summary>
    public DateOnly? ActualEndOn(DateOnly today, ProjectProgress progress) =>
        StatusOn(today, progress) is ProjectStatus.Closed or ProjectStatus.Cancelled ? progress.LastActual : null;

    public void Change(ProjectDetails details)
    {
        EnsureNotArchived();
        Apply(details);
    }

    public void Link(ProjectLinkKind kind, Guid id)
    {
        EnsureNotArchived();
        var links = Links(kind);
        if (links.Contains(id))
        {
            throw new DomainRuleViolation("ALREADY_LINKED", $"The {kind} is already linked to the project.", "targetId");
        }

        SetLinks(kind, [.. links, id]);
    }

    public void Unlink(ProjectLinkKind kind, Guid id)
    {
        EnsureNotArchived();
        var links = Links(kind);
        if (!links.Contains(id))
        {
            throw new DomainRuleViolation("NOT_LINKED", $"The {kind} is not linked to the project.", "targetId");
        }

        SetLinks(kind, [.. links.Where(x => x != id)]);
    }

    private IReadOnlyList<Guid> Links(ProjectLinkKind kind) => kind switch
    {
        ProjectLinkKind.Activity => ActivityIds,
        ProjectLinkKind.Task => TaskIds,
        ProjectLinkKind.EoreSession => EoreSessionIds,
        _ => AssistanceServiceIds,
    };

    private void SetLinks(ProjectLinkKind kind, IReadOnlyList<Guid> ids)
    {
        switch (kind)
        {
            case ProjectLinkKind.Activity:
                ActivityIds = ids;
                break;
            case ProjectLinkKind.Task:
                TaskIds = ids;
                break;
            case ProjectLinkKind.EoreSession:
                EoreSessionIds = ids;
                break;
            default:
                AssistanceServiceIds = ids;
                break;
        }
    }

    private void Apply(ProjectDetails d)
    {
        if (d.EndDate < d.StartDate)
        {
            throw new DomainRuleViolation("DATE_ORDER", "A project ends on or after the day it starts.", "endDate");
        }

        if (d.Budget.Amount < 0)
        {
            throw new DomainRuleViolation("AMOUNT_NOT_POSITIVE", "A budget is not negative.", "budget");
        }

        Title = d.Title.Trim();
        Description = Text.TrimToNull(d.Description);
        ImplementingOrganisationId = d.ImplementingOrganisationId;
        StartDate = d.StartDate;
        EndDate = d.EndDate;
        Budget = d.Budget.Amount;
        BudgetCurrency = d.Budget.Currency.Code;
        ProvinceId = d.ProvinceId;
    }
}

public sealed record BudgetPeriod(DateOnly Start, DateOnly End, decimal Amount);

public sealed record ProjectDetails(string Title, string? Description, Guid ImplementingOrganisationId, DateOnly StartDate, DateOnly EndDate,
    Money Budget, Guid? ProvinceId);
