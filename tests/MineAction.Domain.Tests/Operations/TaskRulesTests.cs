using MineAction.Domain.Common;
using MineAction.Domain.LandRelease;
using MineAction.Domain.Operations;

namespace MineAction.Domain.Tests.Operations;

/// <summary>Task orders: which activities may carry them out, and how the priority score weighs the national criteria.</summary>
public sealed class TaskRulesTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);
    private static readonly Guid Organisation = Guid.NewGuid();
    private static readonly Guid Hazard = Guid.NewGuid();

    private static ClearanceTask AcceptedTask()
    {
        var task = new ClearanceTask(Organisation, ActivityType.Clearance, [Hazard], TaskPriority.High, 10, null, null, null);
        var accreditation = new Accreditation(Organisation, AccreditedActivity.Clearance, "ACC-1", new DateOnly(2024, 1, 1), new DateOnly(2026, 1, 1), []);
        task.Issue(new DateOnly(2025, 1, 10), Today, [accreditation], [Guid.NewGuid()]);
        task.Accept(new DateOnly(2025, 1, 12), Today);
        return task;
    }

    private static LandReleaseActivity Activity(Guid organisation, ActivityType type, Guid hazard) =>
        new(hazard, organisation, type, new ActivityPlan([], 13, null, null), Today);

    [Fact]
    public void An_activity_carries_out_an_accepted_task_of_its_organisation_type_and_hazard()
    {
        var task = AcceptedTask();
        var activity = Activity(Organisation, ActivityType.Clearance, Hazard);
        activity.LinkToTask(task);
        Assert.Equal(task.Id, activity.TaskId);
    }

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, true)]
    public void An_activity_of_another_organisation_type_or_hazard_does_not_fit_the_task(bool otherOrganisation, bool otherType, bool otherHazard)
    {
        var activity = Activity(otherOrganisation ? Guid.NewGuid() : Organisation, otherType ? ActivityType.TS : ActivityType.Clearance,
            otherHazard ? Guid.NewGuid() : Hazard);
        var violation = Assert.Throws<DomainRuleViolation>(() => activity.LinkToTask(AcceptedTask()));
        Assert.Equal(("TASK_MISMATCH", "taskId"), (violation.Code, violation.Field));
    }

    [Fact]
    public void Work_starts_only_once_the_task_is_accepted()
    {
        var draft = new ClearanceTask(Organisation, ActivityType.Clearance, [Hazard], TaskPriority.High, 10, null, null, null);
        var violation = Assert.Throws<DomainRuleViolation>(() => Activity(Organisation, ActivityType.Clearance, Hazard).LinkToTask(draft));
        Assert.Equal("TASK_NOT_ACCEPTED", violation.Code);
    }

    [Fact]
    public void The_priority_score_sums_the_weighted_criteria_of_every_hazard()
    {
        var weights = new PriorityWeights(PerLandUseBlocked: 2, PerBeneficiaryMagnitude: 3, PerAccidentNearby: 5);
        var score = TaskPriorityScore.Of([new PriorityFacts(2, 99, 1), new PriorityFacts(0, 0, 0)], weights);
        Assert.Equal((2 * 2) + (3 * 2) + 5, score, 9);
    }
}
