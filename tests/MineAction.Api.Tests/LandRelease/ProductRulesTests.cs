using MineAction.Application.Hazards;
using MineAction.Application.LandRelease;
using MineAction.Domain.LandRelease;

namespace MineAction.Api.Tests.LandRelease;

/// <summary>The IMAS rules on released land, enforced in PostGIS in the writing transaction.</summary>
public sealed class ProductRulesTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Ledger _l = new(app);

    private static Task<string> RuleAsync(HttpResponseMessage response) => response.RuleAsync();

    [Fact]
    public async Task A_product_inside_the_hazard_is_recorded_with_its_postgis_area()
    {
        var (hazard, lon, lat, area) = await _l.HazardAsync();
        var activity = await _l.ActivityAsync(hazard);

        var product = await _l.ReleaseOkAsync(activity, Ledger.Rectangle(lon, lat, lon + 0.005, lat + 0.01));

        Assert.InRange(product.AreaM2, area / 2 * 0.99, area / 2 * 1.01);
        Assert.Equal(ReleaseOutcome.Cleared, product.Outcome);
        var view = await _l.LandReleaseAsync(hazard);
        Assert.Equal(product.AreaM2, view.Approved.ClearedM2, 3);
        Assert.InRange(view.RemainingM2, area / 2 * 0.99, area / 2 * 1.01);
        Assert.False(view.ClosureProposed);
    }

    [Fact]
    public async Task Land_is_never_released_twice_and_the_overlap_is_reported()
    {
        var (hazard, lon, lat, _) = await _l.HazardAsync();
        var activity = await _l.ActivityAsync(hazard);
        await _l.ReleaseOkAsync(activity, Ledger.Rectangle(lon, lat, lon + 0.005, lat + 0.01));

        var overlapping = await _l.ReleaseAsync(activity, Ledger.Rectangle(lon + 0.004, lat, lon + 0.008, lat + 0.01));
        var problem = await overlapping.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("PRODUCT_OVERLAPS_RELEASED_LAND", problem["code"]!.GetValue<string>());
        Assert.Contains("m²", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Releases_sharing_an_edge_do_not_overlap()
    {
        var (hazard, lon, lat, _) = await _l.HazardAsync();
        var activity = await _l.ActivityAsync(hazard);
        await _l.ReleaseOkAsync(activity, Ledger.Rectangle(lon, lat, lon + 0.005, lat + 0.01));
        await _l.ReleaseOkAsync(activity, Ledger.Rectangle(lon + 0.005, lat, lon + 0.01, lat + 0.01));
        Assert.True((await _l.LandReleaseAsync(hazard)).ClosureProposed);
    }

    [Fact]
    public async Task A_product_outside_the_hazard_is_refused_but_gps_noise_is_tolerated()
    {
        var (hazard, lon, lat, _) = await _l.HazardAsync();
        var activity = await _l.ActivityAsync(hazard);
        Assert.Equal("PRODUCT_OUTSIDE_HAZARD", await RuleAsync(await _l.ReleaseAsync(activity, Ledger.Rectangle(lon - 0.001, lat, lon + 0.002, lat + 0.002))));
        // 0.000005° ≈ 0.5 m outside the edge: inside the 1 m GPS tolerance.
        await _l.ReleaseOkAsync(activity, Ledger.Rectangle(lon - 0.000005, lat, lon + 0.002, lat + 0.002));
    }

    [Theory]
    [InlineData("NTS", "Cleared", 20, "OUTCOME_DOES_NOT_MATCH_ACTIVITY")]
    [InlineData("Clearance", "Cancelled", null, "OUTCOME_DOES_NOT_MATCH_ACTIVITY")]
    [InlineData("EOD", "Cleared", 20, "OUTCOME_DOES_NOT_MATCH_ACTIVITY")]
    [InlineData("Clearance", "Cleared", 10, "CLEARED_DEPTH_TOO_SHALLOW")]
    [InlineData("Clearance", "Cleared", null, "CLEARED_DEPTH_REQUIRED")]
    public async Task Outcome_and_depth_follow_imas(string type, string outcome, int? depth, string code)
    {
        var (hazard, lon, lat, _) = await _l.HazardAsync();
        var activity = await _l.ActivityAsync(hazard, type);
        Assert.Equal(code, await RuleAsync(await _l.ReleaseAsync(activity, Ledger.Rectangle(lon, lat, lon + 0.002, lat + 0.002), outcome, depth)));
    }

    [Theory]
    [InlineData("NTS", "Cancelled")]
    [InlineData("TS", "Reduced")]
    [InlineData("TS", "Cleared")]
    [InlineData("BAC", "Cleared")]
    public async Task Each_activity_type_releases_its_outcomes(string type, string outcome)
    {
        var (hazard, lon, lat, _) = await _l.HazardAsync();
        var activity = await _l.ActivityAsync(hazard, type);
        var depth = outcome == "Cleared" ? 13 : (int?)null;
        Assert.Equal(Enum.Parse<ReleaseOutcome>(outcome),
            (await _l.ReleaseOkAsync(activity, Ledger.Rectangle(lon, lat, lon + 0.002, lat + 0.002), outcome, depth)).Outcome);
    }

    [Theory]
    [InlineData("2099-01-01")]
    [InlineData("2024-01-09")]
    public async Task The_release_date_lies_within_the_activity(string date)
    {
        var (hazard, lon, lat, _) = await _l.HazardAsync();
        var activity = await _l.ActivityAsync(hazard);
        Assert.Equal("RELEASE_DATE_OUTSIDE_ACTIVITY", await RuleAsync(await _l.ReleaseAsync(activity, Ledger.Rectangle(lon, lat, lon + 0.002, lat + 0.002), date: date)));
    }

    [Fact]
    public async Task A_planned_activity_releases_nothing()
    {
        var (hazard, lon, lat, _) = await _l.HazardAsync();
        var planned = await _l.ActivityAsync(hazard, start: false);
        Assert.Equal("ACTIVITY_NOT_STARTED", await RuleAsync(await _l.ReleaseAsync(planned, Ledger.Rectangle(lon, lat, lon + 0.002, lat + 0.002))));
    }

    [Fact]
    public async Task A_self_intersecting_release_is_a_400_on_geometry()
    {
        var (hazard, lon, lat, _) = await _l.HazardAsync();
        var bowTie = new { type = "Polygon", coordinates = new[] { new[] { new[] { lon, lat }, [lon + 0.002, lat + 0.002], [lon + 0.002, lat], [lon, lat + 0.002], [lon, lat] } } };
        Assert.Contains("Self-intersection", await (await _l.ReleaseAsync(await _l.ActivityAsync(hazard), bowTie)).FieldErrorAsync("geometry"));
        Assert.Empty((await _l.LandReleaseAsync(hazard)).Products);
    }

    [Fact]
    public async Task A_release_needs_a_known_outcome()
    {
        var (hazard, lon, lat, _) = await _l.HazardAsync();
        var started = await _l.ActivityAsync(hazard);
        var noOutcome = await _l.Im.PostAsJsonAsync($"/api/v1/activities/{started.Id}/products",
            new { geometry = Ledger.Rectangle(lon, lat, lon + 0.001, lat + 0.001), releaseDate = "2024-03-01" });
        await noOutcome.FieldErrorAsync("outcome");
        await (await _l.ReleaseAsync(started, Ledger.Rectangle(lon, lat, lon + 0.001, lat + 0.001), outcome: "Demolished")).FieldErrorAsync("outcome");
        Assert.Empty((await _l.LandReleaseAsync(hazard)).Products);
    }

    [Fact]
    public async Task Concurrent_releases_of_the_same_land_cannot_both_succeed()
    {
        var (hazard, lon, lat, _) = await _l.HazardAsync();
        var first = await _l.ActivityAsync(hazard);
        var second = await _l.ActivityAsync(hazard);
        var land = Ledger.Rectangle(lon, lat, lon + 0.006, lat + 0.006);

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => _l.ReleaseAsync(i % 2 == 0 ? first : second, land)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.UnprocessableEntity));
        Assert.Single((await _l.LandReleaseAsync(hazard)).Products);
    }

    [Fact]
    public async Task An_archived_product_frees_its_land()
    {
        var (hazard, lon, lat, _) = await _l.HazardAsync();
        var activity = await _l.ActivityAsync(hazard);
        var product = await _l.ReleaseOkAsync(activity, Ledger.Rectangle(lon, lat, lon + 0.004, lat + 0.004));

        await _l.Im.PostAsJsonAsync($"/api/v1/products/{product.Id}/archive", new { reason = "Wrong polygon digitised" }).ReadAsync<ProductDto>();
        await _l.ReleaseOkAsync(activity, Ledger.Rectangle(lon, lat, lon + 0.004, lat + 0.004));
    }

    [Fact]
    public async Task A_hazard_with_released_land_cannot_be_redrawn()
    {
        var (hazard, lon, lat, _) = await _l.HazardAsync();
        var activity = await _l.ActivityAsync(hazard);
        await _l.ReleaseOkAsync(activity, Ledger.Rectangle(lon, lat, lon + 0.004, lat + 0.004));
        var current = await _l.Im.GetAsync($"/api/v1/hazardous-areas/{hazard}");
        var body = await current.JsonAsync();
        var s = (await current.ReadAsync<HazardDetailDto>()).Summary;
        var update = new
        {
            name = s.Name, provinceId = s.ProvinceId, recordingOrganisationId = s.RecordingOrganisationId, evidence = "Direct",
            recordedOn = TestDates.Iso(s.RecordedOn), geometry = Tarsenia.Square(lon, lat, 0.005),
        };
        var response = await _l.Im.PutJsonAsync($"/api/v1/hazardous-areas/{hazard}", update, current.Headers.ETag!.ToString());
        Assert.Equal("HAZARD_HAS_RELEASES", await RuleAsync(response));

        var unchanged = await _l.Im.PutJsonAsync($"/api/v1/hazardous-areas/{hazard}", new
        {
            update.name, update.provinceId, update.recordingOrganisationId, update.evidence, update.recordedOn, geometry = body["geometry"],
        }, current.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, unchanged.StatusCode); // the polygon read back, unchanged, is accepted
    }
}
