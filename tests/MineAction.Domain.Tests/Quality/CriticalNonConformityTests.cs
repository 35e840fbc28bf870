using MineAction.Domain.LandRelease;
using MineAction.Domain.Quality;

namespace MineAction.Domain.Tests.Quality;

/// <summary>IMAS 07.40: a critical non-conformity stops the work at once; lesser ones do not.</summary>
public sealed class CriticalNonConformityTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static LandReleaseActivity StartedActivity()
    {
        var activity = new LandReleaseActivity(Guid.NewGuid(), Guid.NewGuid(), ActivityType.Clearance, new ActivityPlan([], 13, null, null), Today);
        activity.StartAccredited(new DateOnly(2025, 5, 1), Today);
        return activity;
    }

    private static Finding Found(Severity severity) => new(severity, "Lane marking missing", "Re-mark lanes", Today.AddDays(7));

    [Fact]
    public void A_critical_finding_suspends_the_activity()
    {
        var activity = StartedActivity();
        var (visit, raised) = QualityVisit.Record(VisitKind.QA, activity, Guid.NewGuid(), Today, "Unsafe lane", [Found(Severity.Minor), Found(Severity.Critical)], Today);
        Assert.Equal(ActivityStatus.Suspended, activity.Status);
        Assert.Equal(2, raised.Count);
        Assert.All(raised, n => Assert.Equal(visit.Id, n.VisitId));
    }

    [Fact]
    public void Major_and_minor_findings_leave_the_activity_running()
    {
        var activity = StartedActivity();
        QualityVisit.Record(VisitKind.QC, activity, Guid.NewGuid(), Today, "Sampling", [Found(Severity.Major), Found(Severity.Minor)], Today);
        Assert.Equal(ActivityStatus.InProgress, activity.Status);
    }
}
