
namespace MineAction.Api.Tests.Operations;

/// <summary>Organisation performance and the task summary, checked against hand-computed figures.</summary>
public sealed class PerformanceTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Ledger _l = new(app);

    [Fact]
    public async Task Performance_is_released_area_per_team_day_and_findings_per_ten_thousand_square_metres()
    {
        var t = await Tarsenia.LoadAsync(app);
        var (hazard, lon, lat, _) = await _l.HazardAsync(t.Kandara);
        var activity = await (await _l.Im.PostAsJsonAsync("/api/v1/activities", new
        {
            hazardousAreaId = hazard, organisationId = t.Halo, type = "Clearance", teams = 2,
        })).JsonAsync();
        Assert.Equal(2, activity["teams"]!.GetValue<int>());
        await _l.Im.PostAsJsonAsync($"/api/v1/activities/{activity["id"]}/status", new { status = "InProgress", date = "2024-03-01" });
        var product = await (await _l.ReleaseAsync(activity, Ledger.Rectangle(lon, lat, lon + 0.004, lat + 0.01), "Cleared", 13, "2024-03-08")).JsonAsync();
        var released = product["areaM2"]!.GetValue<double>();
        Assert.Equal(HttpStatusCode.OK, (await _l.Im.PostAsJsonAsync($"/api/v1/activities/{activity["id"]}/status", new { status = "Completed", date = "2024-03-10" })).StatusCode);
        var tmac = (await (await _l.Im.GetAsync("/api/v1/organisations?search=TMAC")).JsonAsync())["items"]![0]!["id"];
        await _l.Im.PostAsJsonAsync("/api/v1/quality/visits", new
        {
            kind = "QC", activityId = activity["id"], inspectingOrganisationId = tmac, visitedOn = "2024-03-09", findings = "Sampling",
            nonConformities = new[] { new { severity = "Major", description = "Depth not reached in one lane", correctiveAction = "Re-clear", dueOn = "2024-03-20" } },
        });

        var rows = (await _l.Im.GetFromJsonAsync<JsonArray>("/api/v1/organisations/performance?from=2024-01-01&to=2024-12-31"))!;
        var halo = rows.Single(r => r!["acronym"]!.GetValue<string>() == "HALO")!;
        Assert.Equal(released, halo["releasedM2"]!.GetValue<double>(), 3);
        Assert.Equal(20, halo["teamDays"]!.GetValue<double>(), 6); // 2 teams × 10 days
        Assert.Equal(released / 20, halo["m2PerTeamDay"]!.GetValue<double>(), 3);
        Assert.Equal(1, halo["nonConformities"]!.GetValue<int>());
        Assert.Equal(10_000 / released, halo["nonConformitiesPer10000M2"]!.GetValue<double>(), 6);

        var clipped = (await _l.Im.GetFromJsonAsync<JsonArray>("/api/v1/organisations/performance?from=2024-03-06&to=2024-03-31"))!;
        Assert.Equal(10, clipped.Single(r => r!["acronym"]!.GetValue<string>() == "HALO")!["teamDays"]!.GetValue<double>(), 6);
        await (await _l.Im.GetAsync("/api/v1/organisations/performance?from=2024-02-01")).FieldErrorAsync("to");
    }

    [Fact]
    public async Task The_task_summary_counts_tasks_per_province_and_step()
    {
        var t = await Tarsenia.LoadAsync(app);
        var (a, _, _, _) = await _l.HazardAsync(t.Mekhol);
        var (b, _, _, _) = await _l.HazardAsync(t.Mekhol);
        foreach (var hazard in new[] { a, b })
        {
            Assert.Equal(HttpStatusCode.Created, (await _l.Im.PostAsJsonAsync("/api/v1/tasks",
                new { organisationId = t.Tdo, activity = "NTS", hazardousAreaIds = new[] { hazard }, priority = "Low" })).StatusCode);
        }

        var summary = (await _l.Im.GetFromJsonAsync<JsonArray>("/api/v1/tasks/summary"))!;
        var mekholDrafts = summary.Single(r => r!["provinceId"]!.GetValue<Guid>() == t.Mekhol && r["status"]!.GetValue<string>() == "Draft")!;
        Assert.Equal(2, mekholDrafts["tasks"]!.GetValue<int>());
    }
}
