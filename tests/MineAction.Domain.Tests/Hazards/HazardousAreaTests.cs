using MineAction.Domain.Common;
using MineAction.Domain.Hazards;

namespace MineAction.Domain.Tests.Hazards;

public sealed class HazardousAreaTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static HazardAttributes Attributes(DateOnly? recordedOn = null, Evidence evidence = Evidence.Indirect, Sadd? direct = null) =>
        new("Field", Guid.NewGuid(), null, Guid.NewGuid(), [DeviceCategory.Submunition, DeviceCategory.AntiPersonnelMine, DeviceCategory.Submunition],
            evidence, [LandUse.Agriculture], direct ?? new Sadd(1, 2, 3, 4), Sadd.None, recordedOn ?? new DateOnly(2024, 1, 10), "NTS 12", null);

    private static HazardousArea NewHazard(HazardAttributes? attributes = null) =>
        new("XTA", Square(), attributes ?? Attributes(), Today);

    private static NetTopologySuite.Geometries.Polygon Square() =>
        (NetTopologySuite.Geometries.Polygon)MineAction.Application.Common.GeoJson.Parse(
            """{"type":"Polygon","coordinates":[[[100,12],[100.01,12],[100.01,12.01],[100,12.01],[100,12]]]}""");

    [Fact]
    public void A_new_hazard_is_an_open_sha_with_distinct_sorted_device_categories()
    {
        var hazard = NewHazard();
        Assert.Equal(HazardType.SHA, hazard.Type);
        Assert.Equal(HazardStatus.Open, hazard.Status);
        Assert.Equal([DeviceCategory.AntiPersonnelMine, DeviceCategory.Submunition], hazard.DeviceCategories);
        Assert.Equal(10, hazard.DirectBeneficiaries.Total);
        Assert.NotEqual(Guid.Empty, hazard.Id);
    }

    [Fact]
    public void The_date_recorded_cannot_be_in_the_future()
    {
        var violation = Assert.Throws<DomainRuleViolation>(() => NewHazard(Attributes(Today.AddDays(1))));
        Assert.Equal("DATE_IN_FUTURE", violation.Code);
        Assert.Equal("recordedOn", violation.Field);
    }

    [Fact]
    public void Negative_beneficiaries_are_refused()
    {
        var violation = Assert.Throws<DomainRuleViolation>(() => NewHazard(Attributes(direct: new Sadd(0, -1, 0, 0))));
        Assert.Equal("directBeneficiaries.boys", violation.Field);
    }

    [Fact]
    public void Confirmation_makes_a_cha_on_direct_evidence_once()
    {
        var hazard = NewHazard();
        hazard.Confirm(new DateOnly(2024, 2, 1), "AP mine found", Today);
        Assert.Equal(HazardType.CHA, hazard.Type);
        Assert.Equal(Evidence.Direct, hazard.Evidence);

        Assert.Equal("HAZARD_ALREADY_CONFIRMED",
            Assert.Throws<DomainRuleViolation>(() => hazard.Confirm(new DateOnly(2024, 2, 2), "again", Today)).Code);
        Assert.Equal("CHA_REQUIRES_DIRECT_EVIDENCE",
            Assert.Throws<DomainRuleViolation>(() => hazard.UpdateAttributes(Attributes(), Today)).Code);
        Assert.Equal("DATE_ORDER",
            Assert.Throws<DomainRuleViolation>(() => hazard.UpdateAttributes(Attributes(new DateOnly(2024, 3, 1), Evidence.Direct), Today)).Code);
    }

    [Theory]
    [InlineData(2023, 12, 31, "CONFIRMATION_DATE_INVALID")]
    [InlineData(2025, 6, 2, "CONFIRMATION_DATE_INVALID")]
    public void Confirmation_is_dated_between_recording_and_today(int y, int m, int d, string code) =>
        Assert.Equal(code, Assert.Throws<DomainRuleViolation>(() => NewHazard().Confirm(new DateOnly(y, m, d), "found", Today)).Code);

    [Fact]
    public void Confirmation_needs_a_note()
    {
        var violation = Assert.Throws<DomainRuleViolation>(() => NewHazard().Confirm(new DateOnly(2024, 2, 1), " ", Today));
        Assert.Equal("note", violation.Field);
    }

    [Fact]
    public void An_archived_hazard_cannot_be_changed_or_archived_again()
    {
        var hazard = NewHazard();
        hazard.Archive("duplicate", "im", DateTimeOffset.UtcNow);
        Assert.True(hazard.IsArchived);
        Assert.Equal("RECORD_ARCHIVED", Assert.Throws<DomainRuleViolation>(() => hazard.UpdateAttributes(Attributes(), Today)).Code);
        Assert.Equal("RECORD_ARCHIVED", Assert.Throws<DomainRuleViolation>(() => hazard.Confirm(new DateOnly(2024, 2, 1), "x", Today)).Code);
        Assert.Equal("ALREADY_ARCHIVED", Assert.Throws<DomainRuleViolation>(() => hazard.Archive("again", "im", DateTimeOffset.UtcNow)).Code);
    }

    [Fact]
    public void Archiving_needs_a_reason() =>
        Assert.Equal("ARCHIVE_REASON_REQUIRED",
            Assert.Throws<DomainRuleViolation>(() => NewHazard().Archive("  ", "im", DateTimeOffset.UtcNow)).Code);

    [Fact]
    public void Work_is_accepted_while_land_is_contaminated_and_the_record_is_live()
    {
        var hazard = NewHazard();
        Assert.True(hazard.AcceptsWork);
        hazard.EnsureAcceptsWork("never thrown");

        hazard.Archive("Entered twice", "im", DateTimeOffset.UtcNow);
        Assert.False(hazard.AcceptsWork);
        var violation = Assert.Throws<DomainRuleViolation>(() => hazard.EnsureAcceptsWork("Activities are recorded on open hazardous areas only.", "hazardousAreaId"));
        Assert.Equal(("HAZARD_NOT_OPEN", "hazardousAreaId"), (violation.Code, violation.Field));
    }

    [Theory]
    [InlineData(HazardStatus.Open, true)]
    [InlineData(HazardStatus.Suspended, true)]
    [InlineData(HazardStatus.ClosedReleased, false)]
    [InlineData(HazardStatus.HandedOver, false)]
    public void Only_open_and_suspended_hazards_accept_work(HazardStatus status, bool accepts)
    {
        Assert.Equal(accepts, HazardousArea.StatusAcceptsWork(status));
        Assert.Equal(accepts, HazardousArea.ClosureProposed(status, 1000, 1000));
    }

    [Fact]
    public void Closure_is_proposed_only_when_released_land_covers_the_area_within_tolerance() =>
        Assert.Equal((false, true), (HazardousArea.ClosureProposed(HazardStatus.Open, 1000, 990), HazardousArea.ClosureProposed(HazardStatus.Open, 1000, 996)));
}
