using MineAction.Application.Reporting;

namespace MineAction.Api.Tests.Reporting;

/// <summary>
/// The national dashboard (issue #18, item 1): each chart's figures are the reports' figures for the province and years chosen, and each
/// chart's data downloads as CSV with an HXL row.
/// </summary>
public sealed class NationalDashboardTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Ledger _l = new(app);

    private static double Km2(double m2) => Math.Round(m2 / 1e6, 2);

    [Fact]
    public async Task A_provinces_released_land_devices_and_remaining_area_are_charted_for_the_years_chosen()
    {
        var t = await Tarsenia.LoadAsync(app);
        var released = await _l.ReleasedThreeWaysAsync(t.Veyra);
        var clearance = await _l.ActivityAsync(released.Hazard);
        await _l.DisposedDeviceAsync(clearance, "AntiPersonnelMine", 3, "DestroyedInSitu");

        var dashboard = await app.ClientFor(Roles.Viewer).GetAsync<NationalDashboard.Dashboard>(
            $"/api/v1/dashboard?provinceId={t.Veyra}&fromYear=2022&toYear=2025");
        Assert.Equal((2022, 2025, (int?)null), (dashboard.FromYear, dashboard.ToYear, dashboard.PendingReview));
        var charts = dashboard.Charts.ToDictionary(c => c.Key);
        Assert.Equal(["contamination", "released", "devices", "casualties", "casualties-age", "eore", "funding"], dashboard.Charts.Select(c => c.Key));

        var land = charts["released"];
        Assert.Equal(["2022", "2023", "2024", "2025"], land.Categories);
        Assert.Equal([("Cancelled", Km2(released.Cancelled.AreaM2)), ("Reduced", Km2(released.Reduced.AreaM2)), ("Cleared", Km2(released.Cleared.AreaM2))],
            land.Series.Select(s => (s.Label, s.Values[2])));
        Assert.All(land.Series, s => Assert.Equal(0, s.Values[0]));

        var remaining = charts["contamination"];
        Assert.Single(remaining.Categories);
        var open = released.AreaM2 - released.Cancelled.AreaM2 - released.Reduced.AreaM2 - released.Cleared.AreaM2;
        Assert.Equal(Km2(open), remaining.Series.Sum(s => s.Values[0]), 2);

        var devices = charts["devices"];
        Assert.Equal(["Anti personnel mine"], devices.Categories);
        Assert.Equal(3d, devices.Series.Single(s => s.Label == "Destroyed").Values[0]);

        var earlier = await _l.Im.GetAsync<NationalDashboard.Dashboard>($"/api/v1/dashboard?provinceId={t.Veyra}&fromYear=2020&toYear=2023");
        Assert.All(earlier.Charts.Single(c => c.Key == "released").Series, s => Assert.All(s.Values, v => Assert.Equal(0, v)));
        Assert.NotNull(earlier.PendingReview);
    }

    [Fact]
    public async Task A_charts_data_downloads_as_csv_with_an_hxl_row()
    {
        var t = await Tarsenia.LoadAsync(app);
        var released = await _l.ReleasedThreeWaysAsync(t.Kandara);
        var response = await app.ClientFor(Roles.DonorReporting).GetAsync($"/api/v1/dashboard/released.csv?provinceId={t.Kandara}&fromYear=2024&toYear=2024");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Category,Cancelled (km²),Reduced (km²),Cleared (km²)", lines[0]);
        Assert.Equal("#indicator +label,#indicator +num +cancelled,#indicator +num +reduced,#indicator +num +cleared", lines[1]);
        Assert.StartsWith("2024,", lines[2], StringComparison.Ordinal);
        Assert.Contains(Km2(released.Cancelled.AreaM2).ToString(System.Globalization.CultureInfo.InvariantCulture), lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_chart_is_not_found_and_a_reversed_period_is_refused()
    {
        var missing = await (await _l.Im.GetAsync("/api/v1/dashboard/nonsense.csv")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("released", missing["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("before", await (await _l.Im.GetAsync("/api/v1/dashboard?fromYear=2025&toYear=2020")).FieldErrorAsync("toYear"),
            StringComparison.Ordinal);
        await (await _l.Im.GetAsync("/api/v1/dashboard?fromYear=1950")).FieldErrorAsync("fromYear");
        await (await _l.Im.GetAsync("/api/v1/dashboard?fromYear=1990&toYear=2100")).FieldErrorAsync("fromYear");
    }
}
