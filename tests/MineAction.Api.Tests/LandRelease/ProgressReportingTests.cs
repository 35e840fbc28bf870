using MineAction.Application.LandRelease;
using MineAction.Domain.Common;
using MineAction.Domain.Hazards;

namespace MineAction.Api.Tests.LandRelease;

/// <summary>
/// A clearance runs for months and its operator reports monthly: approval does not freeze work in progress. Land and devices reported after
/// the activity was approved are submissions the information manager reviews on their own; the activity's own fields stay locked.
/// </summary>
public sealed class ProgressReportingTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Ledger _l = new(app);

    /// <summary>An approved clearance of HALO, in progress since 2024-01-10, on a hazard of its own province; and that hazard.</summary>
    private async Task<(ActivityDto Activity, (Guid Id, double Lon, double Lat, double AreaM2) Hazard, Guid Province)> ApprovedInProgressAsync()
    {
        var t = await Tarsenia.LoadAsync(app);
        var hazard = await _l.HazardAsync(t.Veyra);
        var activity = await _l.ActivityAsync(hazard.Id);
        Assert.Equal(ApprovalStatus.Approved, activity.ApprovalStatus);
        return (activity, hazard, t.Veyra);
    }

    private static object March(double lon, double lat) => Ledger.Rectangle(lon, lat, lon + 0.002, lat + 0.002);

    [Fact]
    public async Task Land_reported_after_approval_is_a_submission_of_its_own_that_counts_once_approved()
    {
        var (activity, hazard, _) = await ApprovedInProgressAsync();
        var reported = await _l.ReleaseOkAsync(activity, March(hazard.Lon, hazard.Lat), date: "2024-03-31", client: _l.Operator);
        Assert.Equal((ApprovalStatus.Submitted, ApprovalStatus.Approved), (reported.ApprovalStatus, reported.ActivityApprovalStatus));
        Assert.Equal(ApprovalStatus.Approved, (await _l.Im.GetAsync<ActivityDto>($"/api/v1/activities/{activity.Id}")).ApprovalStatus);

        var pending = await _l.LandReleaseAsync(hazard.Id);
        Assert.Equal((0d, reported.AreaM2), (pending.Approved.ReleasedM2, pending.Recorded.ReleasedM2));
        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientFor(Roles.Viewer).GetAsync($"/api/v1/products/{reported.Id}")).StatusCode);

        var approved = await _l.Im.PostAsJsonAsync($"/api/v1/products/{reported.Id}/approve", new { comment = "March progress report checked" })
            .ReadAsync<ProductDto>();
        Assert.Equal(ApprovalStatus.Approved, approved.ApprovalStatus);
        Assert.Equal(reported.AreaM2, (await _l.LandReleaseAsync(hazard.Id)).Approved.ReleasedM2, 3);
        Assert.Equal(HttpStatusCode.OK, (await app.ClientFor(Roles.Viewer).GetAsync($"/api/v1/products/{reported.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_later_device_counts_in_the_official_summary_only_once_approved()
    {
        var (activity, _, province) = await ApprovedInProgressAsync();
        var device = await _l.Operator.PostAsync<DeviceDto>($"/api/v1/activities/{activity.Id}/devices", new
        {
            category = "Submunition", quantity = 3, foundOn = "2024-04-02", disposalMethod = "DestroyedInSitu", disposedOn = "2024-04-03",
        });
        Assert.Equal(ApprovalStatus.Submitted, device.ApprovalStatus);
        async Task<int> DestroyedAsync() =>
            (await _l.Im.GetAsync<LandReleaseSummary.Summary>($"/api/v1/land-release/summary?year=2024&provinceId={province}"))
            .Devices.Where(d => d.Category == DeviceCategory.Submunition).Sum(d => d.Destroyed);
        Assert.Equal(0, await DestroyedAsync());

        await _l.Im.PostAsJsonAsync($"/api/v1/devices/{device.Id}/approve", new { }).ReadAsync<DeviceDto>();
        Assert.Equal(3, await DestroyedAsync());
    }

    [Fact]
    public async Task A_later_submission_can_be_returned_with_a_comment_and_the_activity_stays_locked_for_the_operator()
    {
        var (activity, hazard, _) = await ApprovedInProgressAsync();
        var reported = await _l.ReleaseOkAsync(activity, March(hazard.Lon, hazard.Lat), date: "2024-03-31", client: _l.Operator);
        var returned = await _l.Im.PostAsJsonAsync($"/api/v1/products/{reported.Id}/return", new { comment = "The polygon crosses the road" })
            .ReadAsync<ProductDto>();
        Assert.Equal((ApprovalStatus.Returned, "The polygon crosses the road"), (returned.ApprovalStatus, returned.ReviewComment));

        var plan = await _l.Operator.PutJsonAsync($"/api/v1/activities/{activity.Id}/plan", new { specifiedDepthCm = 20 }, $"\"{activity.RowVersion}\"");
        Assert.Equal(HttpStatusCode.Forbidden, plan.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await _l.Operator.PostAsJsonAsync($"/api/v1/activities/{activity.Id}/status", new { status = "Suspended" })).StatusCode);
    }

    [Fact]
    public async Task A_completed_approved_activity_takes_no_more_results_from_the_operator()
    {
        var (activity, hazard, _) = await ApprovedInProgressAsync();
        await _l.Im.PostAsJsonAsync($"/api/v1/activities/{activity.Id}/status", new { status = "Completed", date = "2024-05-01" }).ReadAsync<ActivityDto>();
        var late = await _l.ReleaseAsync(activity, March(hazard.Lon, hazard.Lat), date: "2024-04-30", client: _l.Operator);
        Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
    }

    [Fact]
    public async Task Approving_a_report_approves_the_results_submitted_with_it()
    {
        var t = await Tarsenia.LoadAsync(app);
        var hazard = await _l.HazardAsync(t.Veyra);
        var activity = await _l.ActivityAsync(hazard.Id, client: _l.Operator);
        var product = await _l.ReleaseOkAsync(activity, March(hazard.Lon, hazard.Lat), client: _l.Operator);
        Assert.Equal(ApprovalStatus.Submitted, product.ApprovalStatus);

        await _l.Im.PostAsJsonAsync($"/api/v1/activities/{activity.Id}/approve", new { }).ReadAsync<ActivityDto>();
        var after = await _l.Im.GetAsync<ProductDto>($"/api/v1/products/{product.Id}");
        Assert.Equal((ApprovalStatus.Approved, "Approved with the activity report"), (after.ApprovalStatus, after.ReviewComment));
        Assert.Equal(product.AreaM2, (await _l.LandReleaseAsync(hazard.Id)).Approved.ReleasedM2, 3);
    }
}
