namespace MineAction.Domain.Resources;

/// <summary>What a project's outputs are computed from: land release activities, task orders, risk education sessions and victim assistance services.</summary>
public enum ProjectLinkKind
{
    Activity,
    Task,
    EoreSession,
    AssistanceService,
}

/// <summary>IATI activity status, derived from the project's dates.</summary>
public enum ProjectStatus
{
    Pipeline = 1,
    Implementation = 2,
    Closed = 4,
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

    public ProjectStatus StatusOn(DateOnly today) =>
        today < StartDate ? ProjectStatus.Pipeline : today <= EndDate ? ProjectStatus.Implementation : ProjectStatus.Closed;

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
