using MineAction.Domain.LandRelease;

namespace MineAction.Domain.Quality;

/// <summary>QA: monitoring of an accredited organisation's work; QC: post-clearance sampling of released land.</summary>
public enum VisitKind
{
    QA,
    QC,
}

public enum Severity
{
    Critical,
    Major,
    Minor,
}

/// <summary>A quality assurance or control visit to one activity, with its findings.</summary>
public sealed class QualityVisit : Entity
{
    public const int MaxTextLength = 4000;

    private QualityVisit()
    {
    }

    public QualityVisit(VisitKind kind, Guid activityId, Guid inspectedOrganisationId, Guid inspectingOrganisationId, DateOnly visitedOn,
        string findings, DateOnly today)
    {
        if (visitedOn > today)
        {
            throw new DomainRuleViolation("DATE_IN_FUTURE", "A visit cannot be dated in the future.", "visitedOn");
        }

        Kind = kind;
        ActivityId = activityId;
        InspectedOrganisationId = inspectedOrganisationId;
        InspectingOrganisationId = inspectingOrganisationId;
        VisitedOn = visitedOn;
        Findings = findings.Trim();
    }

    /// <summary>
    /// Records a visit to an activity and the non-conformities it raised. A Critical non-conformity suspends the activity at once
    /// (IMAS 07.40): work stops until the non-conformity is closed with evidence.
    /// </summary>
    public static (QualityVisit Visit, IReadOnlyList<NonConformity> NonConformities) Record(VisitKind kind, LandReleaseActivity activity,
        Guid inspectingOrganisationId, DateOnly visitedOn, string findings, IEnumerable<Finding> raised, DateOnly today)
    {
        var visit = new QualityVisit(kind, activity.Id, activity.OrganisationId, inspectingOrganisationId, visitedOn, findings, today);
        var nonConformities = raised.Select(f => new NonConformity(visit, f.Severity, f.Description, f.CorrectiveAction, f.DueOn)).ToList();
        if (nonConformities.Any(n => n.Severity == Severity.Critical))
        {
            activity.SuspendForCriticalNonConformity();
        }

        return (visit, nonConformities);
    }

    public VisitKind Kind { get; private set; }
    public Guid ActivityId { get; private set; }
    public Guid InspectedOrganisationId { get; private set; }
    public Guid InspectingOrganisationId { get; private set; }
    public DateOnly VisitedOn { get; private set; }
    public string Findings { get; private set; } = string.Empty;
}

/// <summary>What a visit found wrong: severity, description, the corrective action and when it is due.</summary>
public sealed record Finding(Severity Severity, string Description, string CorrectiveAction, DateOnly DueOn);

/// <summary>
/// A non-conformity raised by a visit: what is wrong, the corrective action and its due date. A Critical one
/// suspends the activity until it is closed with evidence.
/// </summary>
public sealed class NonConformity : Entity
{
    private NonConformity()
    {
    }

    public NonConformity(QualityVisit visit, Severity severity, string description, string correctiveAction, DateOnly dueOn)
    {
        if (dueOn < visit.VisitedOn)
        {
            throw new DomainRuleViolation("DATE_ORDER", "The corrective action is due after the visit.", "dueOn");
        }

        VisitId = visit.Id;
        ActivityId = visit.ActivityId;
        OrganisationId = visit.InspectedOrganisationId;
        Severity = severity;
        Description = description.Trim();
        CorrectiveAction = correctiveAction.Trim();
        DueOn = dueOn;
        RaisedOn = visit.VisitedOn;
    }

    public Guid VisitId { get; private set; }
    public Guid ActivityId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public Severity Severity { get; private set; }
    public string Description { get; private set; } = string.Empty;
    public string CorrectiveAction { get; private set; } = string.Empty;
    public DateOnly RaisedOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public string? ClosureEvidence { get; private set; }

    public bool IsOpen => ClosedOn is null;

    public void Close(DateOnly on, string evidence, DateOnly today)
    {
        EnsureNotArchived();
        if (ClosedOn is not null)
        {
            throw new DomainRuleViolation("ALREADY_CLOSED", "The non-conformity is already closed.");
        }

        if (string.IsNullOrWhiteSpace(evidence))
        {
            throw new DomainRuleViolation("EVIDENCE_REQUIRED", "Describe the evidence that the corrective action was taken.", "evidence");
        }

        if (on < RaisedOn || on > today)
        {
            throw new DomainRuleViolation("DATE_ORDER", "Closure is dated between the visit and today.", "closedOn");
        }

        ClosedOn = on;
        ClosureEvidence = evidence.Trim();
    }
}
