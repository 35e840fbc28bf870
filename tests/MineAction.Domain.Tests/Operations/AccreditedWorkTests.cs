using MineAction.Domain.Common;
using MineAction.Domain.LandRelease;
using MineAction.Domain.Operations;

namespace MineAction.Domain.Tests.Operations;

/// <summary>IMAS 07.30: work starts only under an active accreditation for its type, valid on the start day in the hazard's province — task or no task.</summary>
public sealed class AccreditedWorkTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);
    private static readonly DateOnly StartOn = new(2025, 3, 1);
    private static readonly Guid Province = Guid.NewGuid();

    private static LandReleaseActivity Planned(ActivityType type = ActivityType.TS) =>
        new(Guid.NewGuid(), Guid.NewGuid(), type, new ActivityPlan([ClearanceMethod.Manual], 13, null, null), Today);

    private static Accreditation Held(LandReleaseActivity activity, AccreditedActivity? kind = null, DateOnly? issued = null, DateOnly? expires = null,
        Guid? organisation = null, params Guid[] provinces) =>
        new(organisation ?? activity.OrganisationId, kind ?? Accreditation.For(activity.Type), "NMAA/ACC/1", issued ?? new DateOnly(2024, 1, 1),
            expires ?? new DateOnly(2026, 12, 31), provinces);

    private static string Refused(LandReleaseActivity activity, params Accreditation[] held) =>
        Assert.Throws<DomainRuleViolation>(() => activity.Start(StartOn, Today, held, Province)).Code;

    [Fact]
    public void Without_any_accreditation_survey_does_not_start()
    {
        var activity = Planned();
        Assert.Equal("ACCREDITATION_REQUIRED", Refused(activity));
        Assert.Equal(ActivityStatus.Planned, activity.Status);
        Assert.Null(activity.ActualStart);
    }

    [Fact]
    public void Another_type_organisation_province_or_period_does_not_count()
    {
        var activity = Planned();
        Assert.Equal("ACCREDITATION_REQUIRED", Refused(activity,
            Held(activity, AccreditedActivity.NTS),
            Held(activity, organisation: Guid.NewGuid()),
            Held(activity, provinces: Guid.NewGuid()),
            Held(activity, issued: new DateOnly(2025, 3, 2)),
            Held(activity, expires: new DateOnly(2025, 2, 28))));
    }

    [Fact]
    public void A_suspended_accreditation_does_not_count()
    {
        var activity = Planned(ActivityType.Clearance);
        var held = Held(activity);
        held.ChangeStatus(AccreditationStatus.Suspended, "Critical QA finding");
        Assert.Equal("ACCREDITATION_REQUIRED", Refused(activity, held));
    }

    [Theory]
    [InlineData(ActivityType.NTS)]
    [InlineData(ActivityType.TS)]
    [InlineData(ActivityType.Clearance)]
    [InlineData(ActivityType.BAC)]
    [InlineData(ActivityType.EOD)]
    public void An_accreditation_for_the_type_valid_that_day_in_the_province_starts_the_work(ActivityType type)
    {
        var activity = Planned(type);
        activity.Start(StartOn, Today, [Held(activity, provinces: Province)], Province);
        Assert.Equal((ActivityStatus.InProgress, StartOn), (activity.Status, activity.ActualStart));
    }

    [Fact]
    public void Resuming_after_a_suspension_needs_the_accreditation_on_the_day_work_resumes()
    {
        var activity = Planned();
        var held = Held(activity, expires: new DateOnly(2025, 4, 30));
        activity.Start(StartOn, Today, [held], Province);
        activity.Suspend();
        Assert.Equal("ACCREDITATION_REQUIRED",
            Assert.Throws<DomainRuleViolation>(() => activity.Start(new DateOnly(2025, 5, 15), Today, [held], Province)).Code);
    }
}
