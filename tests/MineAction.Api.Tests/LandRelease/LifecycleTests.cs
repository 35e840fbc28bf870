using MineAction.Application.Auditing;
using MineAction.Application.Hazards;
using MineAction.Application.LandRelease;
using MineAction.Domain.Common;
using MineAction.Domain.Hazards;
using MineAction.Domain.LandRelease;

namespace MineAction.Api.Tests.LandRelease;

/// <summary>Activities, devices and the hazard's life: closure proposed and confirmed, hand-over, re-opening.</summary>
public sealed class LifecycleTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Ledger _l = new(app);

    private Task<HttpResponseMessage> StepAsync(Guid hazard, string step, object body) =>
        _l.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{hazard}/{step}", body);

    /// <summary>A hazard whose whole area is released: cancelled by NTS on the west 60 %, cleared on the rest.</summary>
    private async Task<(Guid Hazard, double Lon, double Lat)> FullyReleasedHazardAsync()
    {
        var (hazard, lon, lat, _) = await _l.HazardAsync();
        await _l.ReleaseOkAsync(await _l.ActivityAsync(hazard, "NTS"), Ledger.Rectangle(lon, lat, lon + 0.006, lat + 0.01), "Cancelled", null, "2024-02-01");
        await _l.ReleaseOkAsync(await _l.ActivityAsync(hazard), Ledger.Rectangle(lon + 0.006, lat, lon + 0.01, lat + 0.01), "Cleared", 15, "2024-05-01");
        return (hazard, lon, lat);
    }

    private async Task<(Guid Hazard, double Lon, double Lat)> HandedOverHazardAsync()
    {
        var released = await FullyReleasedHazardAsync();
        await StepAsync(released.Hazard, "close", new { date = "2024-06-01" }).ReadAsync<HazardDetailDto>();
        await StepAsync(released.Hazard, "hand-over", new { date = "2024-07-15", reason = "Handed to Phum Kor village chief" }).ReadAsync<HazardDetailDto>();
        return released;
    }

    [Fact]
    public async Task A_hazard_with_land_remaining_cannot_be_closed()
    {
        var (hazard, lon, lat, _) = await _l.HazardAsync();
        await _l.ReleaseOkAsync(await _l.ActivityAsync(hazard, "NTS"), Ledger.Rectangle(lon, lat, lon + 0.006, lat + 0.01), "Cancelled", null, "2024-02-01");
        Assert.Equal("LAND_REMAINS", await (await StepAsync(hazard, "close", new { date = "2024-06-01" })).RuleAsync());
    }

    [Fact]
    public async Task Closure_is_proposed_once_approved_releases_cover_the_hazard()
    {
        var (hazard, _, _) = await FullyReleasedHazardAsync();
        var view = await _l.LandReleaseAsync(hazard);
        Assert.True(view.ClosureProposed);
        Assert.True(view.RemainingM2 < 1);
        Assert.Equal(view.AreaM2, view.Approved.ReleasedM2, tolerance: 0.5); // sub-m², without rounding both sides at a .5 boundary
    }

    [Fact]
    public async Task A_released_hazard_is_closed_then_handed_over_on_a_later_date()
    {
        var (hazard, _, _) = await FullyReleasedHazardAsync();
        Assert.Equal(HazardStatus.ClosedReleased, (await StepAsync(hazard, "close", new { date = "2024-06-01" }).ReadAsync<HazardDetailDto>()).Summary.Status);
        Assert.Equal("DATE_ORDER", await (await StepAsync(hazard, "hand-over", new { date = "2024-05-01" })).RuleAsync());
        var handedOver = await StepAsync(hazard, "hand-over", new { date = "2024-07-15", reason = "Handed to Phum Kor village chief" }).ReadAsync<HazardDetailDto>();
        Assert.Equal(HazardStatus.HandedOver, handedOver.Summary.Status);
    }

    [Fact]
    public async Task Reopening_needs_a_reason()
    {
        var (hazard, _, _) = await HandedOverHazardAsync();
        await (await StepAsync(hazard, "reopen", new { date = "2025-01-10" })).FieldErrorAsync("reason");
    }

    [Fact]
    public async Task Reopened_land_is_contaminated_again_and_can_be_released_anew()
    {
        var (hazard, lon, lat) = await HandedOverHazardAsync();
        var reopened = await StepAsync(hazard, "reopen", new { date = "2025-01-10", reason = "PMN-2 found by a farmer after release" }).ReadAsync<HazardDetailDto>();
        Assert.Equal(HazardStatus.Open, reopened.Summary.Status);

        var view = await _l.LandReleaseAsync(hazard);
        Assert.Equal(view.AreaM2, view.RemainingM2, 3);
        Assert.False(view.ClosureProposed);
        Assert.All(view.Products, p => Assert.Equal(new DateOnly(2025, 1, 10), p.SupersededOn));
        var again = await _l.ActivityAsync(hazard, startedOn: "2025-01-12");
        await _l.ReleaseOkAsync(again, Ledger.Rectangle(lon, lat, lon + 0.002, lat + 0.002), "Cleared", 20, "2025-02-01");
    }

    [Fact]
    public async Task The_reason_for_reopening_is_in_the_audit_trail()
    {
        var (hazard, _, _) = await HandedOverHazardAsync();
        await StepAsync(hazard, "reopen", new { date = "2025-01-10", reason = "PMN-2 found by a farmer after release" }).ReadAsync<HazardDetailDto>();
        var trail = await _l.Im.GetAsync<PagedResult<GetAuditTrail.AuditEntryDto>>($"/api/v1/audit?entity=HazardousArea&id={hazard}");
        Assert.Contains(trail.Items, e => e.Reason == "PMN-2 found by a farmer after release");
    }

    [Fact]
    public async Task Only_the_nmaa_changes_a_hazards_status()
    {
        var (hazard, _, _, _) = await _l.HazardAsync();
        var response = await app.ClientFor(Roles.OperatorDataEntry).PostAsJsonAsync($"/api/v1/hazardous-areas/{hazard}/close", new { date = "2024-06-01" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<(ActivityDto Activity, DeviceDto Device)> ActivityWithDeviceAsync()
    {
        var activity = await _l.ActivityAsync((await _l.HazardAsync()).Id, client: _l.Operator);
        var device = await _l.Operator.PostAsync<DeviceDto>($"/api/v1/activities/{activity.Id}/devices", new
        {
            category = "AntiPersonnelMine", model = "PMN-2", quantity = 3, foundOn = "2024-02-01", depthCm = 8, condition = "Armed",
            location = new { type = "Point", coordinates = new[] { 100.1, 12.1 } },
        });
        return (activity, device);
    }

    private Task<HttpResponseMessage> CompleteAsync(ActivityDto activity) =>
        _l.Operator.PostAsJsonAsync($"/api/v1/activities/{activity.Id}/status", new { status = "Completed", date = "2024-03-01" });

    [Fact]
    public async Task A_device_found_before_its_activity_started_is_refused()
    {
        var activity = await _l.ActivityAsync((await _l.HazardAsync()).Id, client: _l.Operator);
        var response = await _l.Operator.PostAsJsonAsync($"/api/v1/activities/{activity.Id}/devices", new
        {
            category = "AntiPersonnelMine", quantity = 1, foundOn = "2024-01-09", condition = "Armed",
        });
        Assert.Equal("DEVICE_DATE_OUTSIDE_ACTIVITY", await response.RuleAsync());
    }

    [Fact]
    public async Task A_device_is_recorded_with_its_quantity_and_location()
    {
        var (_, device) = await ActivityWithDeviceAsync();
        Assert.Equal(3, device.Quantity);
        Assert.Equal(100.1, device.Longitude!.Value, 6);
        Assert.Equal(DeviceCondition.Armed, device.Condition);
    }

    [Fact]
    public async Task An_activity_completes_only_when_every_device_is_disposed_of()
    {
        var (activity, device) = await ActivityWithDeviceAsync();
        Assert.Equal("DEVICES_NOT_DISPOSED", await (await CompleteAsync(activity)).RuleAsync());

        await _l.Operator.PostAsJsonAsync($"/api/v1/devices/{device.Id}/disposal", new { method = "DestroyedInSitu", disposedOn = "2024-02-02" })
            .ReadAsync<DeviceDto>();
        var completed = await CompleteAsync(activity).ReadAsync<ActivityDto>();
        Assert.Equal((ActivityStatus.Completed, 0, 3), (completed.Status, completed.DevicesAwaitingDisposal, completed.DevicesFound));
    }

    [Fact]
    public async Task A_completed_activity_cannot_be_suspended()
    {
        var (activity, device) = await ActivityWithDeviceAsync();
        await _l.Operator.PostAsJsonAsync($"/api/v1/devices/{device.Id}/disposal", new { method = "DestroyedInSitu", disposedOn = "2024-02-02" })
            .ReadAsync<DeviceDto>();
        await CompleteAsync(activity).ReadAsync<ActivityDto>();
        var again = await _l.Operator.PostAsJsonAsync($"/api/v1/activities/{activity.Id}/status", new { status = "Suspended" });
        Assert.Equal("ILLEGAL_TRANSITION", await again.RuleAsync());
    }

    [Theory]
    [InlineData("""{"category":"Landmine","quantity":1,"foundOn":"2024-02-01"}""", "category")]
    [InlineData("""{"category":"AntiPersonnelMine","quantity":0,"foundOn":"2024-02-01"}""", "quantity")]
    [InlineData("""{"category":"AntiPersonnelMine","quantity":1}""", "foundOn")]
    [InlineData("""{"category":"AntiPersonnelMine","quantity":1,"foundOn":"2024-02-01","location":{"type":"Polygon","coordinates":[]}}""", "location")]
    [InlineData("""{"category":"AntiPersonnelMine","quantity":1,"foundOn":"2024-02-01","disposalMethod":"Burnt"}""", "disposalMethod")]
    public async Task Bad_device_records_are_a_400_naming_the_field(string json, string field)
    {
        var activity = await _l.ActivityAsync((await _l.HazardAsync()).Id);
        await (await _l.Im.PostJsonAsync($"/api/v1/activities/{activity.Id}/devices", json)).FieldErrorAsync(field);
    }

    [Theory]
    [InlineData("type", """{"type":"Survey"}""")]
    [InlineData("plannedEnd", """{"type":"TS","plannedStart":"2024-05-01","plannedEnd":"2024-04-01"}""")]
    [InlineData("specifiedDepthCm", """{"type":"TS","specifiedDepthCm":-1}""")]
    public async Task A_bad_activity_plan_is_a_400_naming_the_field(string field, string plan)
    {
        var (hazard, _, _, _) = await _l.HazardAsync();
        var t = await Tarsenia.LoadAsync(app);
        var body = JsonNode.Parse(plan)!.AsObject();
        body["hazardousAreaId"] = hazard;
        body["organisationId"] = t.Halo;
        await (await _l.Im.PostJsonAsync("/api/v1/activities", body.ToJsonString())).FieldErrorAsync(field);
    }

    [Fact]
    public async Task An_activity_on_an_unknown_hazard_is_a_400()
    {
        var t = await Tarsenia.LoadAsync(app);
        await (await _l.Im.PostAsJsonAsync("/api/v1/activities", new { hazardousAreaId = Guid.NewGuid(), organisationId = t.Halo, type = "TS" }))
            .FieldErrorAsync("hazardousAreaId");
    }

    [Fact]
    public async Task A_new_activity_is_planned_at_the_national_clearance_depth()
    {
        var (hazard, _, _, _) = await _l.HazardAsync();
        var t = await Tarsenia.LoadAsync(app);
        var created = await _l.Im.PostAsync<ActivityDto>("/api/v1/activities", new { hazardousAreaId = hazard, organisationId = t.Halo, type = "TS" });
        Assert.Equal((13, ActivityStatus.Planned), (created.SpecifiedDepthCm, created.Status));
    }

    [Fact]
    public async Task Operators_record_activities_for_their_own_organisation_only()
    {
        var (hazard, _, _, _) = await _l.HazardAsync();
        var t = await Tarsenia.LoadAsync(app);
        var forTdo = await _l.Operator.PostAsJsonAsync("/api/v1/activities", new { hazardousAreaId = hazard, organisationId = t.Tdo, type = "TS" });
        Assert.Equal(HttpStatusCode.Forbidden, forTdo.StatusCode);
    }

    [Fact]
    public async Task An_operators_report_counts_only_once_approved()
    {
        var (hazard, lon, lat, _) = await _l.HazardAsync();
        var activity = await _l.ActivityAsync(hazard, client: _l.Operator);
        Assert.Equal(ApprovalStatus.Submitted, activity.ApprovalStatus);
        await _l.ReleaseOkAsync(activity, Ledger.Rectangle(lon, lat, lon + 0.005, lat + 0.005), client: _l.Operator);

        var view = await _l.LandReleaseAsync(hazard);
        Assert.Equal(0, view.Approved.ReleasedM2);
        Assert.True(view.Recorded.ReleasedM2 > 0);

        await _l.Im.PostAsJsonAsync($"/api/v1/activities/{activity.Id}/approve", new { }).ReadAsync<ActivityDto>();
        Assert.True((await _l.LandReleaseAsync(hazard)).Approved.ReleasedM2 > 0);
    }

    [Fact]
    public async Task The_devices_of_an_unknown_activity_are_not_found_like_its_other_reads()
    {
        var unknown = Guid.NewGuid();
        foreach (var route in new[] { $"/api/v1/activities/{unknown}", $"/api/v1/activities/{unknown}/devices" })
        {
            await (await _l.Im.GetAsync(route)).ProblemAsync(HttpStatusCode.NotFound);
        }
    }
}
