using MineAction.Application.LandRelease;

namespace MineAction.Api.Tests.Platform;

/// <summary>
/// GeoJSON FeatureCollection exports of hazardous areas, released land, devices and accidents: RFC 7946 as GDAL's ogrinfo reads it,
/// the list's filters and columns, exterior rings counter-clockwise, no personal data.
/// </summary>
public sealed class GeoJsonExportTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Ledger _l = new(app);

    private HttpClient Im => _l.Im;

    /// <summary>One hazard with an activity that released land (given clockwise) and found a device; one accident.</summary>
    private Task<(Guid Hazard, ActivityDto Activity)> ArrangeAsync() => app.OnceAsync("geojson", async () =>
    {
        var (hazard, lon, lat, _) = await _l.HazardAsync();
        var activity = await _l.ActivityAsync(hazard);
        var clockwise = new
        {
            type = "Polygon",
            coordinates = new[] { new[] { new[] { lon, lat }, [lon, lat + 0.005], [lon + 0.005, lat + 0.005], [lon + 0.005, lat], [lon, lat] } },
        };
        await _l.ReleaseOkAsync(activity, clockwise);
        await Im.PostAsync<DeviceDto>($"/api/v1/activities/{activity.Id}/devices", new
        {
            category = "AntiPersonnelMine", model = "PMN-2", quantity = 3, foundOn = "2024-02-01", depthCm = 8, condition = "Armed",
            location = new { type = "Point", coordinates = new[] { lon + 0.001, lat + 0.001 } },
        });
        await new Victims(app).AccidentAsync(occurredOn: "2023-07-07");
        return (hazard, activity);
    });

    private async Task<JsonObject> GetAsync(string route)
    {
        var response = await Im.GetAsync(route);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var collection = JsonNode.Parse(text)!.AsObject();
        Assert.Equal("FeatureCollection", collection["type"]!.GetValue<string>());
        return collection;
    }

    private static JsonArray Features(JsonObject collection) => collection["features"]!.AsArray();

    [Fact]
    public async Task Hazardous_areas_export_with_the_lists_filters_and_columns()
    {
        var (hazard, _) = await ArrangeAsync();
        var code = (await Im.GetAsync<Application.Hazards.HazardDetailDto>($"/api/v1/hazardous-areas/{hazard}")).Summary.Code;
        var feature = Assert.Single(Features(await GetAsync($"/api/v1/hazardous-areas/export.geojson?search={code}")))!;
        Assert.Equal("MultiPolygon", feature["geometry"]!["type"]!.GetValue<string>());
        Assert.Equal(code, feature["properties"]!["code"]!.GetValue<string>());
        Assert.Equal("Kandara", feature["properties"]!["provinceName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Released_land_comes_back_counter_clockwise_whatever_was_drawn()
    {
        var (hazard, _) = await ArrangeAsync();
        var feature = Assert.Single(Features(await GetAsync($"/api/v1/land-release/released-land.geojson?hazardousAreaId={hazard}")))!;
        Assert.Equal("Cleared", feature["properties"]!["outcome"]!.GetValue<string>());
        Assert.True(Rings.TwiceSignedArea(Rings.Exterior(feature["geometry"]!)) > 0, "the exterior ring is clockwise");
    }

    [Fact]
    public async Task Devices_are_points_with_their_category_and_quantity()
    {
        var (hazard, _) = await ArrangeAsync();
        var feature = Assert.Single(Features(await GetAsync($"/api/v1/land-release/devices.geojson?hazardousAreaId={hazard}")))!;
        Assert.Equal("Point", feature["geometry"]!["type"]!.GetValue<string>());
        Assert.Equal(3, feature["properties"]!["quantity"]!.GetValue<int>());
        Assert.Empty(Features(await GetAsync($"/api/v1/land-release/devices.geojson?hazardousAreaId={hazard}&category=Submunition")));
    }

    [Fact]
    public async Task Accidents_are_points_without_personal_data()
    {
        await ArrangeAsync();
        var collection = await GetAsync("/api/v1/accidents/export.geojson?year=2023");
        var feature = Assert.Single(Features(collection))!;
        Assert.Equal("Point", feature["geometry"]!["type"]!.GetValue<string>());
        Assert.DoesNotContain("name", collection.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/v1/land-release/released-land.geojson?from=2024-02-01&to=2024-01-01", "to")]
    [InlineData("/api/v1/land-release/devices.geojson?category=Bogus", "category")]
    [InlineData("/api/v1/hazardous-areas/export.geojson?bbox=1,2", "filter.bbox")]
    public async Task Bad_filters_name_their_field(string route, string field) =>
        await (await Im.GetAsync(route)).FieldErrorAsync(field);

    [Theory]
    [InlineData("/api/v1/hazardous-areas/export.geojson", "Multi Polygon")]
    [InlineData("/api/v1/land-release/released-land.geojson", "Multi Polygon")]
    [InlineData("/api/v1/land-release/devices.geojson", "Point")]
    [InlineData("/api/v1/accidents/export.geojson", "Point")]
    public async Task Gdal_reads_every_export_as_one_layer_in_wgs_84(string route, string geometryType)
    {
        await ArrangeAsync();
        var file = Path.Combine(Path.GetTempPath(), $"mineaction-{Guid.NewGuid():N}.geojson");
        await File.WriteAllBytesAsync(file, await Im.GetByteArrayAsync(route));
        try
        {
            var (exit, output) = await OgrInfoAsync(file);
            Assert.True(exit == 0, output);
            Assert.Contains($"Geometry: {geometryType}", output);
            Assert.Contains("WGS 84", output);
            Assert.Matches(@"Feature Count: [1-9]", output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Task<(int Exit, string Output)> OgrInfoAsync(string file) => ExternalTool.RunAsync("ogrinfo", "-ro", "-al", "-so", file);
}
