using MineAction.Application.LandRelease;
using MineAction.Domain.Hazards;

namespace MineAction.Api.Tests.LandRelease;

/// <summary>Replays a small national programme year by year and checks the summary table to the square metre.</summary>
[Trait("Category", "Scenario")]
public sealed class NationalYearScenarioTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Ledger _l = new(app);

    private async Task DeviceAsync(ActivityDto activity, string category, int quantity, string? destroyedOn) =>
        await _l.Im.PostAsync<DeviceDto>($"/api/v1/activities/{activity.Id}/devices", new
        {
            category, quantity, foundOn = "2024-02-01", disposalMethod = destroyedOn is null ? null : "DestroyedInSitu", disposedOn = destroyedOn,
        });

    /// <summary>The areas released in the replayed year, as PostGIS measured them.</summary>
    private sealed record Year(Tarsenia T, double AArea, double Cancelled, double Reduced, double Cleared, double PArea, double BArea, double MekholCleared);

    private Task<Year> ReplayAsync() => app.OnceAsync("national year", async () =>
    {
        var t = await Tarsenia.LoadAsync(app);

        // Kandara: one suspected area, cancelled, reduced and cleared over two years.
        var (a, aLon, aLat, aArea) = await _l.HazardAsync(t.Kandara);
        var nts = await _l.ActivityAsync(a, "NTS");
        var ts = await _l.ActivityAsync(a, "TS");
        var clearance = await _l.ActivityAsync(a);
        var cancelled = (await _l.ReleaseOkAsync(nts, Ledger.Rectangle(aLon, aLat, aLon + 0.004, aLat + 0.01), "Cancelled", null, "2024-03-01")).AreaM2;
        var reduced = (await _l.ReleaseOkAsync(ts, Ledger.Rectangle(aLon + 0.004, aLat, aLon + 0.007, aLat + 0.01), "Reduced", null, "2024-08-01")).AreaM2;
        var cleared = (await _l.ReleaseOkAsync(clearance, Ledger.Rectangle(aLon + 0.007, aLat, aLon + 0.009, aLat + 0.01), "Cleared", 13, "2025-02-01")).AreaM2;

        // Kandara: an operator's report not yet approved counts nowhere.
        var (p, pLon, pLat, pArea) = await _l.HazardAsync(t.Kandara);
        var pending = await _l.ActivityAsync(p, client: _l.Operator);
        await _l.ReleaseOkAsync(pending, Ledger.Rectangle(pLon, pLat, pLon + 0.005, pLat + 0.005), "Cleared", 13, "2024-05-01", _l.Operator);

        // Mekhol: clearance with devices destroyed (one UXO still awaiting disposal).
        var (b, bLon, bLat, bArea) = await _l.HazardAsync(t.Mekhol);
        var mekholClearance = await _l.ActivityAsync(b);
        var mekholCleared = (await _l.ReleaseOkAsync(mekholClearance, Ledger.Rectangle(bLon, bLat, bLon + 0.003, bLat + 0.003), "Cleared", 20, "2024-06-15")).AreaM2;
        await DeviceAsync(mekholClearance, "AntiPersonnelMine", 3, "2024-06-01");
        await DeviceAsync(mekholClearance, "Submunition", 2, "2024-06-02");
        await DeviceAsync(mekholClearance, "UnexplodedOrdnance", 1, null);
        await DeviceAsync(mekholClearance, "AntiPersonnelMine", 1, "2025-01-05");
        return new Year(t, aArea, cancelled, reduced, cleared, pArea, bArea, mekholCleared);
    });

    [Fact]
    public async Task The_summary_table_matches_the_year_replayed()
    {
        var (t, aArea, cancelled, reduced, cleared, pArea, bArea, mekholCleared) = await ReplayAsync();
        var summary = await _l.Im.GetAsync<LandReleaseSummary.Summary>("/api/v1/land-release/summary");

        Assert.Equal(3, summary.Released.Count);
        AssertRow(summary.Released, 2024, t.Kandara, cancelled, reduced, 0);
        AssertRow(summary.Released, 2025, t.Kandara, 0, 0, cleared);
        AssertRow(summary.Released, 2024, t.Mekhol, 0, 0, mekholCleared);

        Assert.Equal(
            [
                new LandReleaseSummary.DeviceRow(2024, t.Mekhol, DeviceCategory.AntiPersonnelMine, 3, 0),
                new LandReleaseSummary.DeviceRow(2024, t.Mekhol, DeviceCategory.Submunition, 2, 0),
                new LandReleaseSummary.DeviceRow(2025, t.Mekhol, DeviceCategory.AntiPersonnelMine, 1, 0),
            ],
            summary.Devices);

        var remaining = summary.Remaining.ToDictionary(r => (r.AdminAreaId, r.Type), r => r.RemainingM2);
        // The test hazards are recorded on direct evidence but not confirmed: they are SHA.
        Assert.Equal(aArea - cancelled - reduced - cleared + pArea, remaining[(t.Kandara, HazardType.SHA)], 3);
        Assert.Equal(bArea - mekholCleared, remaining[(t.Mekhol, HazardType.SHA)], 3);

        var only2024 = await _l.Im.GetAsync<LandReleaseSummary.Summary>($"/api/v1/land-release/summary?year=2024&provinceId={t.Mekhol}");
        Assert.Single(only2024.Released);
        Assert.Equal(2, only2024.Devices.Count);
    }

    [Fact]
    public async Task The_summary_by_district_groups_on_districts()
    {
        await ReplayAsync();
        var byDistrict = await _l.Im.GetAsync<LandReleaseSummary.Summary>("/api/v1/land-release/summary?by=District");
        var districts = (await _l.Im.GetAsync<List<Application.Geography.ListAdminAreas.AdminAreaDto>>("/api/v1/admin-areas?level=2")).Select(d => d.Id).ToHashSet();
        Assert.NotEmpty(byDistrict.Released);
        Assert.All(byDistrict.Released, r => Assert.Contains(r.AdminAreaId!.Value, districts));
    }

    [Fact]
    public async Task A_year_out_of_range_is_a_400() =>
        await (await _l.Im.GetAsync("/api/v1/land-release/summary?year=1800")).FieldErrorAsync("year");

    private static void AssertRow(IReadOnlyList<LandReleaseSummary.ReleaseRow> rows, int year, Guid province, double cancelled, double reduced, double cleared)
    {
        var row = rows.Single(r => r.Year == year && r.AdminAreaId == province);
        Assert.Equal(cancelled, row.CancelledM2, 6);
        Assert.Equal(reduced, row.ReducedM2, 6);
        Assert.Equal(cleared, row.ClearedM2, 6);
        Assert.Equal(cleared / 1e6, row.ClearedKm2, 9);
    }
}
