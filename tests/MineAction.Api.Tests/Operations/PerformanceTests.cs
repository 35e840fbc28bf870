using MineAction.Application.LandRelease;
using MineAction.Application.Operations;
using MineAction.Application.Quality;
using MineAction.Domain.Operations;

namespace MineAction.Api.Tests.Operations;

/// <summary>Organisation performance and the task summary, checked against hand-computed figures.</summary>
public sealed class PerformanceTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Ledger _l = new(app);
    private readonly Scenario _s = new(app);

    /// <summary>HALO's two-team clearance from 1 to 10 March 2024 that released <c>Released</c> m², with one major finding.</summary>
    private Task<double> TwoTeamClearanceAsync() => app.OnceAsync("two-team clearance", async () =>
    {
        var t = await Tarsenia.LoadAsync(app);
        var (hazard, lon, lat, _) = await _l.HazardAsync(t.Kandara);
        var activity = await _l.Im.PostAsync<ActivityDto>("/api/v1/activities", new { hazardousAreaId = hazard, organisationId = t.Halo, type = "Clearance", teams = 2 });
        Assert.Equal(2, activity.Teams);
        await _l.Im.PostAsJsonAsync($"/api/v1/activities/{activity.Id}/status", new { status = "InProgress", date = "2024-03-01" }).ReadAsync<ActivityDto>();
        var released = (await _l.ReleaseOkAsync(activity, Ledger.Rectangle(lon, lat, lon + 0.004, lat + 0.01), "Cleared", 13, "2024-03-08")).AreaM2;
        await _l.Im.PostAsJsonAsync($"/api/v1/activities/{activity.Id}/status", new { status = "Completed", date = "2024-03-10" }).ReadAsync<ActivityDto>();
        await _l.Im.PostAsync<VisitDto>("/api/v1/quality/visits", new
        {
            kind = "QC", activityId = activity.Id, inspectingOrganisationId = await _s.OrganisationIdAsync("TMAC"), visitedOn = "2024-03-09",
            findings = "Sampling",
            nonConformities = new[] { new { severity = "Major", description = "Depth not reached in one lane", correctiveAction = "Re-clear", dueOn = "2024-03-20" } },
        });
        return released;
    });

    private async Task<OrganisationPerformance.Row> HaloAsync(string from, string to) =>
        (await _l.Im.GetAsync<List<OrganisationPerformance.Row>>($"/api/v1/organisations/performance?from={from}&to={to}")).Single(r => r.Acronym == "HALO");

    [Fact]
    public async Task Performance_is_released_area_per_team_day_and_findings_per_ten_thousand_square_metres()
    {
        var released = await TwoTeamClearanceAsync();
        var halo = await HaloAsync("2024-01-01", "2024-12-31");
        Assert.Equal(released, halo.ReleasedM2, 3);
        Assert.Equal(20, halo.TeamDays, 6); // 2 teams × 10 days
        Assert.Equal(released / 20, halo.M2PerTeamDay, 3);
        Assert.Equal(1, halo.NonConformities);
        Assert.Equal(10_000 / released, halo.NonConformitiesPer10000M2, 6);
    }

    [Fact]
    public async Task Team_days_are_clipped_to_the_period()
    {
        await TwoTeamClearanceAsync();
        Assert.Equal(10, (await HaloAsync("2024-03-06", "2024-03-31")).TeamDays, 6);
    }

    [Fact]
    public async Task Performance_needs_a_whole_period() =>
        await (await _l.Im.GetAsync("/api/v1/organisations/performance?from=2024-02-01")).FieldErrorAsync("to");

    [Fact]
    public async Task The_task_summary_counts_tasks_per_province_and_step()
    {
        var t = await Tarsenia.LoadAsync(app);
        foreach (var hazard in new[] { (await _l.HazardAsync(t.Mekhol)).Id, (await _l.HazardAsync(t.Mekhol)).Id })
        {
            await _l.Im.PostAsync<TaskDto>("/api/v1/tasks", new { organisationId = t.Tdo, activity = "NTS", hazardousAreaIds = new[] { hazard }, priority = "Low" });
        }

        var summary = await _l.Im.GetAsync<List<TaskSummary.Row>>("/api/v1/tasks/summary");
        Assert.Equal(2, summary.Single(r => r.ProvinceId == t.Mekhol && r.Status == TaskOrderStatus.Draft).Tasks);
    }
}
