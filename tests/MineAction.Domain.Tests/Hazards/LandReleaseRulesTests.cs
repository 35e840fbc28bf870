using MineAction.Domain.Common;
using MineAction.Domain.Hazards;
using MineAction.Domain.LandRelease;

namespace MineAction.Domain.Tests.Hazards;

public sealed class LandReleaseRulesTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static LandReleaseActivity Started(ActivityType type, int depth = 13)
    {
        var activity = new LandReleaseActivity(Guid.NewGuid(), Guid.NewGuid(), type, new([ClearanceMethod.Manual], depth, null, null), Today);
        activity.StartAccredited(new DateOnly(2025, 1, 10), Today);
        return activity;
    }

    [Theory]
    [InlineData(true, 100, 1000, 0, 0, null)]
    [InlineData(false, 100, 1000, 0, 0, "PRODUCT_OUTSIDE_HAZARD")]
    [InlineData(true, 100, 1000, 0, 1.5, "PRODUCT_OVERLAPS_RELEASED_LAND")]
    [InlineData(true, 100, 1000, 0, 0.9, null)]
    [InlineData(true, 100, 1000, 900, 0, null)]
    [InlineData(true, 100, 1000, 904, 0, null)]
    [InlineData(true, 100, 1000, 906, 0, "RELEASED_EXCEEDS_AREA")]
    public void Release_facts_follow_imas(bool inside, double area, double hazardArea, double released, double overlap, string? code)
    {
        var facts = new ReleaseFacts(inside, area, hazardArea, released, overlap);
        if (code is null)
        {
            facts.Ensure();
        }
        else
        {
            Assert.Equal(code, Assert.Throws<DomainRuleViolation>(facts.Ensure).Code);
        }
    }

    [Theory]
    [InlineData(ActivityType.NTS, ReleaseOutcome.Cancelled, true)]
    [InlineData(ActivityType.NTS, ReleaseOutcome.Reduced, false)]
    [InlineData(ActivityType.TS, ReleaseOutcome.Reduced, true)]
    [InlineData(ActivityType.TS, ReleaseOutcome.Cleared, true)]
    [InlineData(ActivityType.TS, ReleaseOutcome.Cancelled, false)]
    [InlineData(ActivityType.Clearance, ReleaseOutcome.Cleared, true)]
    [InlineData(ActivityType.Clearance, ReleaseOutcome.Reduced, false)]
    [InlineData(ActivityType.EOD, ReleaseOutcome.Cleared, false)]
    public void Outcome_matches_the_activity(ActivityType type, ReleaseOutcome outcome, bool allowed)
    {
        var activity = Started(type);
        if (allowed)
        {
            activity.EnsureOutcome(outcome);
        }
        else
        {
            Assert.Equal("OUTCOME_DOES_NOT_MATCH_ACTIVITY", Assert.Throws<DomainRuleViolation>(() => activity.EnsureOutcome(outcome)).Code);
        }
    }

    [Fact]
    public void Activity_status_moves_only_along_its_workflow()
    {
        var activity = new LandReleaseActivity(Guid.NewGuid(), Guid.NewGuid(), ActivityType.Clearance, new([], 13, null, null), Today);
        Assert.Equal("ILLEGAL_TRANSITION", Assert.Throws<DomainRuleViolation>(activity.Suspend).Code);
        Assert.Equal("ILLEGAL_TRANSITION", Assert.Throws<DomainRuleViolation>(() => activity.Complete(Today, Today, 0)).Code);
        activity.StartAccredited(new DateOnly(2025, 2, 1), Today);
        activity.Suspend();
        activity.StartAccredited(new DateOnly(2025, 3, 1), Today);
        Assert.Equal(new DateOnly(2025, 2, 1), activity.ActualStart);
        Assert.Equal("DEVICES_NOT_DISPOSED", Assert.Throws<DomainRuleViolation>(() => activity.Complete(Today, Today, 2)).Code);
        Assert.Equal("DATE_ORDER", Assert.Throws<DomainRuleViolation>(() => activity.Complete(new DateOnly(2025, 1, 1), Today, 0)).Code);
        activity.Complete(new DateOnly(2025, 5, 1), Today, 0);
        Assert.Equal(ActivityStatus.Completed, activity.Status);
        Assert.Equal("RELEASE_DATE_OUTSIDE_ACTIVITY",
            Assert.Throws<DomainRuleViolation>(() => activity.EnsureReleaseDate(new DateOnly(2025, 5, 2), Today)).Code);
        activity.EnsureReleaseDate(new DateOnly(2025, 5, 1), Today);
    }

    [Fact]
    public void Closure_is_proposed_within_the_tolerance()
    {
        Assert.True(HazardousArea.IsFullyReleased(1000, 996));
        Assert.False(HazardousArea.IsFullyReleased(1000, 990));
    }

    [Fact]
    public void Devices_need_a_sensible_quantity_depth_and_dates()
    {
        var activity = Started(ActivityType.Clearance);
        Assert.Equal("quantity", Assert.Throws<DomainRuleViolation>(() =>
            new DeviceFound(activity, null, DeviceCategory.Submunition, null, 0, null, null, DeviceCondition.Intact, Today, Today)).Field);
        Assert.Equal("foundOn", Assert.Throws<DomainRuleViolation>(() =>
            new DeviceFound(activity, null, DeviceCategory.Submunition, null, 1, null, null, DeviceCondition.Intact, Today.AddDays(1), Today)).Field);
        var device = new DeviceFound(activity, null, DeviceCategory.Submunition, "BLU-97", 2, null, 5, DeviceCondition.Armed, new DateOnly(2025, 3, 1), Today);
        Assert.Equal("disposedOn", Assert.Throws<DomainRuleViolation>(() =>
            device.RecordDisposal(DisposalMethod.DestroyedInSitu, new DateOnly(2025, 2, 1), Today, activity)).Field);
        device.RecordDisposal(DisposalMethod.DestroyedInSitu, new DateOnly(2025, 3, 2), Today, activity);
        Assert.Equal(DisposalMethod.DestroyedInSitu, device.DisposalMethod);
    }

    [Fact]
    public void A_device_is_found_within_its_activity_and_not_before_it_started()
    {
        var activity = Started(ActivityType.Clearance);
        var violation = Assert.Throws<DomainRuleViolation>(() =>
            new DeviceFound(activity, null, DeviceCategory.Submunition, null, 1, null, null, DeviceCondition.Intact, new DateOnly(2025, 1, 9), Today));
        Assert.Equal(("DEVICE_DATE_OUTSIDE_ACTIVITY", "foundOn"), (violation.Code, violation.Field));
    }

    [Fact]
    public void A_device_is_disposed_of_before_its_activity_ended_and_the_activity_ends_after_the_last_disposal()
    {
        var activity = Started(ActivityType.Clearance);
        var device = new DeviceFound(activity, null, DeviceCategory.Submunition, null, 1, null, null, DeviceCondition.Intact, new DateOnly(2025, 2, 1), Today);
        device.RecordDisposal(DisposalMethod.DestroyedInSitu, new DateOnly(2025, 4, 1), Today, activity);
        Assert.Equal("DATE_ORDER", Assert.Throws<DomainRuleViolation>(() => activity.Complete(new DateOnly(2025, 3, 1), Today, 0, device.DisposedOn)).Code);
        activity.Complete(new DateOnly(2025, 4, 1), Today, 0, device.DisposedOn);
        Assert.Equal(new DateOnly(2025, 4, 1), activity.ActualEnd);
    }

    [Fact]
    public void Only_destruction_in_situ_or_after_removal_counts_as_destroyed()
    {
        Assert.True(DisposalMethod.DestroyedInSitu.Destroys());
        Assert.True(DisposalMethod.Removed.Destroys());
        Assert.False(DisposalMethod.RenderedSafe.Destroys());
    }
}
