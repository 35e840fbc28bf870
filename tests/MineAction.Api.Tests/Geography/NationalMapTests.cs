using MineAction.Application.LandRelease;
using MineAction.Application.People;

namespace MineAction.Api.Tests.Geography;

/// <summary>
/// The national map's layers: approved, live records in the box with the page that opens them; clusters instead of records when too many
/// meet the box (counts adding up); polygons simplified to the zoom; boundaries by level; bad requests named; GDAL reads a layer.
/// </summary>
public sealed class NationalMapTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Ledger _l = new(app);

    private sealed record Arranged(Guid Hazard, double Lon, double Lat, ActivityDto Activity, Guid Submitted, Guid Wiggly, Guid Accident, Guid Session);

    /// <summary>
    /// An approved hazard released in part with a device found; an operator's hazard awaiting review; an approved hazard whose south edge
    /// has 200 vertices; an accident and an approved risk education session.
    /// </summary>
    private Task<Arranged> ArrangeAsync() => app.OnceAsync("map", async () =>
    {
        var (hazard, lon, lat, _) = await _l.HazardAsync();
        var activity = await _l.ActivityAsync(hazard);
        await _l.ReleaseOkAsync(activity, Ledger.Rectangle(lon, lat, lon + 0.004, lat + 0.01));
        await _l.Im.PostAsync<DeviceDto>($"/api/v1/activities/{activity.Id}/devices", new
        {
            category = "AntiPersonnelMine", model = "PMN-2", quantity = 3, foundOn = "2024-02-01", depthCm = 8, condition = "Armed",
            location = new { type = "Point", coordinates = new[] { lon + 0.001, lat + 0.001 } },
        });
        var submitted = await new Scenario(app).NewHazardAsync();
        var t = await Tarsenia.LoadAsync(app);
        var (wlon, wlat) = Ledger.NextCell();
        var edge = Enumerable.Range(0, 201).Select(i => new[] { wlon + (i * 0.00005), wlat + (i % 2 * 0.00001) });
        var ring = edge.Concat([[wlon + 0.01, wlat + 0.01], [wlon, wlat + 0.01], [wlon, wlat]]).ToArray();
        var wiggly = await _l.Im.PostAsync<Application.Hazards.HazardDetailDto>("/api/v1/hazardous-areas", new
        {
            name = "Wiggly edge", geometry = new { type = "Polygon", coordinates = new[] { ring } }, provinceId = t.Kandara,
            recordingOrganisationId = t.Halo, evidence = "Direct", recordedOn = "2020-01-01",
        });
        var accident = await new Victims(app).AccidentAsync(occurredOn: "2023-07-07");
        var session = await _l.Im.PostAsync<EoreSessionDto>("/api/v1/eore-sessions", RequestBodies.EoreSession(t, t.Kandara, t.Halo));
        return new Arranged(hazard, lon, lat, activity, submitted.Summary.Id, wiggly.Summary.Id, accident.Id, session.Id);
    });

    private async Task<JsonArray> LayerAsync(string layer, string bbox = "99,11,103,15", int zoom = 12, int? maxFeatures = null)
    {
        var response = await _l.Im.GetAsync($"/api/v1/map/{layer}?bbox={bbox}&zoom={zoom}{(maxFeatures is { } m ? $"&maxFeatures={m}" : "")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["features"]!.AsArray();
    }

    private static JsonNode? Record(JsonArray features, Guid id) =>
        features.SingleOrDefault(f => f!["properties"]!["id"]?.GetValue<Guid>() == id)?["properties"];

    [Fact]
    public async Task The_map_describes_its_layers_and_opens_on_the_provinces()
    {
        var map = await _l.Im.GetAsync<JsonObject>("/api/v1/map");
        Assert.Equal(["hazardous-areas", "released-land", "devices", "accidents", "risk-education", "boundaries"],
            map["layers"]!.AsArray().Select(l => l!["key"]!.GetValue<string>()));
        var bounds = map["bounds"]!.AsArray().Select(b => b!.GetValue<double>()).ToArray();
        Assert.True(bounds[0] <= 100.0 && bounds[2] >= 101.2 && bounds[1] <= 12.0 && bounds[3] >= 13.15, string.Join(",", bounds));
    }

    [Fact]
    public async Task Approved_hazards_in_the_box_open_their_page_and_submissions_stay_off_the_map()
    {
        var a = await ArrangeAsync();
        var features = await LayerAsync("hazardous-areas");
        var hazard = Record(features, a.Hazard)!;
        Assert.Equal($"/hazardous-areas/{a.Hazard}", hazard["link"]!.GetValue<string>());
        Assert.Equal("SHA", hazard["kind"]!.GetValue<string>());
        Assert.Equal("Open", hazard["status"]!.GetValue<string>());
        Assert.StartsWith("HA-", hazard["label"]!.GetValue<string>());
        Assert.False(hazard["cluster"]!.GetValue<bool>());
        Assert.Null(Record(features, a.Submitted));

        var elsewhere = FormattableString.Invariant($"{a.Lon + 0.3},{a.Lat + 0.3},{a.Lon + 0.31},{a.Lat + 0.31}");
        Assert.Null(Record(await LayerAsync("hazardous-areas", elsewhere), a.Hazard));
    }

    [Fact]
    public async Task Released_land_devices_accidents_and_sessions_are_layers_that_open_their_records()
    {
        var a = await ArrangeAsync();
        var released = Assert.Single(await LayerAsync("released-land"), f => f!["properties"]!["id"]!.GetValue<Guid>() == a.Activity.Id)!;
        Assert.Equal("Cleared", released["properties"]!["kind"]!.GetValue<string>());
        Assert.Equal($"/activities/{a.Activity.Id}", released["properties"]!["link"]!.GetValue<string>());
        var device = Assert.Single(await LayerAsync("devices"), f => f!["properties"]!["id"]!.GetValue<Guid>() == a.Activity.Id)!;
        Assert.Equal("Point", device["geometry"]!["type"]!.GetValue<string>());
        Assert.StartsWith("3 × AntiPersonnelMine PMN-2", device["properties"]!["label"]!.GetValue<string>());
        Assert.Equal($"/people/accidents/{a.Accident}", Record(await LayerAsync("accidents"), a.Accident)!["link"]!.GetValue<string>());
        Assert.Equal("/people/risk-education", Record(await LayerAsync("risk-education"), a.Session)!["link"]!.GetValue<string>());
    }

    [Fact]
    public async Task Accidents_on_the_map_carry_no_personal_data()
    {
        await ArrangeAsync();
        var text = (await LayerAsync("accidents")).ToJsonString();
        Assert.Contains("killed", text);
        Assert.DoesNotContain("name", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Too_many_records_in_the_box_come_as_clusters_whose_counts_add_up()
    {
        await ArrangeAsync();
        var records = await LayerAsync("hazardous-areas", zoom: 7);
        Assert.True(records.Count >= 2);
        var clusters = await LayerAsync("hazardous-areas", zoom: 7, maxFeatures: records.Count - 1);
        Assert.All(clusters, c => Assert.True(c!["properties"]!["cluster"]!.GetValue<bool>()));
        Assert.All(clusters, c => Assert.Equal("Point", c!["geometry"]!["type"]!.GetValue<string>()));
        Assert.Equal(records.Count, clusters.Sum(c => c!["properties"]!["count"]!.GetValue<int>()));
        Assert.Equal(records.Sum(r => r!["properties"]!["areaM2"]!.GetValue<double>()),
            clusters.Sum(c => c!["properties"]!["areaM2"]!.GetValue<double>()), 3);
        Assert.Contains("hazardous areas", clusters[0]!["properties"]!["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task Polygons_carry_no_more_detail_than_the_zoom_shows()
    {
        var a = await ArrangeAsync();
        int Vertices(JsonArray features) => Record(features, a.Wiggly) is null
            ? -1
            : features.Single(f => f!["properties"]!["id"]!.GetValue<Guid>() == a.Wiggly)!["geometry"]!["coordinates"]!.ToJsonString().Count(c => c == '[') - 3;
        var close = Vertices(await LayerAsync("hazardous-areas", zoom: 20));
        var far = Vertices(await LayerAsync("hazardous-areas", zoom: 9));
        Assert.True(close >= 200, $"{close} vertices at zoom 20");
        Assert.InRange(far, 4, 10);
    }

    [Fact]
    public async Task Boundaries_are_provinces_far_out_and_districts_close_in()
    {
        var provinces = await LayerAsync("boundaries", zoom: 6);
        var districts = await LayerAsync("boundaries", zoom: 10);
        Assert.All(provinces, p => Assert.Equal("1", p!["properties"]!["kind"]!.GetValue<string>()));
        Assert.All(districts, d => Assert.Equal("2", d!["properties"]!["kind"]!.GetValue<string>()));
        Assert.Contains(provinces, p => p!["properties"]!["label"]!.GetValue<string>() == "Kandara");
        Assert.True(districts.Count > provinces.Count);
        Assert.All(provinces, p => Assert.Null(p!["properties"]!["link"]));
    }

    [Theory]
    [InlineData("/api/v1/map/hazardous-areas?zoom=10", "bbox")]
    [InlineData("/api/v1/map/hazardous-areas?bbox=101,12,100,13&zoom=10", "bbox")]
    [InlineData("/api/v1/map/hazardous-areas?bbox=100,12,101,13&zoom=23", "zoom")]
    [InlineData("/api/v1/map/hazardous-areas?bbox=100,12,101,13", "zoom")]
    [InlineData("/api/v1/map/devices?bbox=100,12,101,13&zoom=3&maxFeatures=0", "maxFeatures")]
    [InlineData("/api/v1/map/devices?bbox=100,12,101,13&zoom=3&maxFeatures=5001", "maxFeatures")]
    public async Task Bad_requests_name_their_field(string route, string field) =>
        await (await _l.Im.GetAsync(route)).FieldErrorAsync(field);

    [Fact]
    public async Task An_unknown_layer_is_not_found_and_names_the_layers()
    {
        var response = await _l.Im.GetAsync("/api/v1/map/minefields?bbox=100,12,101,13&zoom=5");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("hazardous-areas", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Gdal_reads_a_layer_as_polygons_in_wgs_84()
    {
        await ArrangeAsync();
        var file = Path.Combine(Path.GetTempPath(), $"mineaction-map-{Guid.NewGuid():N}.geojson");
        await File.WriteAllBytesAsync(file, await _l.Im.GetByteArrayAsync("/api/v1/map/hazardous-areas?bbox=99,11,103,15&zoom=12"));
        try
        {
            var (exit, output) = await ExternalTool.RunAsync("ogrinfo", "-ro", "-al", "-so", file);
            Assert.True(exit == 0, output);
            Assert.Contains("WGS 84", output);
            Assert.Matches(@"Feature Count: [1-9]", output);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
