using NetTopologySuite.Geometries;
using MineAction.Application.Hazards;
using MineAction.Application.LandRelease;
namespace MineAction.Testing.Builders;

/// <summary>Arranges hazards, activities and products through the API for the land release tests.</summary>
public sealed class Ledger(MineActionApp app)
{
    private static int _cell;

    /// <summary>Kandara below 13.15° N (Scenario's hazards use the strip above).</summary>
    private static readonly Envelope LowerKandara = new(100.0, 101.2, 12.0, 13.15);

    public HttpClient Im => app.ClientFor(Roles.InformationManager);

    public HttpClient Operator => app.ClientFor(Roles.OperatorDataEntry);

    /// <summary>A fresh cell of the grid in Kandara so that hazards of one test class never overlap.</summary>
    public static (double Lon, double Lat) NextCell() => Tarsenia.CellIn(LowerKandara, Interlocked.Increment(ref _cell));

    public static object Rectangle(double lon0, double lat0, double lon1, double lat1) => new
    {
        type = "Polygon",
        coordinates = new[] { new[] { new[] { lon0, lat0 }, [lon1, lat0], [lon1, lat1], [lon0, lat1], [lon0, lat0] } },
    };

    /// <summary>An approved open hazard: a 0.01° square at the next free cell, in Kandara or the given province.</summary>
    public async Task<(Guid Id, double Lon, double Lat, double AreaM2)> HazardAsync(Guid? provinceId = null, string recordedOn = "2020-01-01",
        string[]? deviceCategories = null)
    {
        var t = await Tarsenia.LoadAsync(app);
        var (lon, lat) = provinceId is { } province ? t.Cell(province) : NextCell();
        var response = await Im.PostAsJsonAsync("/api/v1/hazardous-areas", new
        {
            name = $"Ledger field {lon:0.000} {lat:0.000}", geometry = Tarsenia.Square(lon, lat), provinceId = provinceId ?? t.Kandara,
            recordingOrganisationId = t.Halo, evidence = "Direct", recordedOn, deviceCategories,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var summary = (await response.ReadAsync<HazardDetailDto>()).Summary;
        return (summary.Id, lon, lat, summary.AreaM2);
    }

    /// <summary>An activity of HALO on the hazard, started on 2024-01-10 (unless <paramref name="start"/> is false).</summary>
    public async Task<ActivityDto> ActivityAsync(Guid hazardId, string type = "Clearance", HttpClient? client = null, bool start = true,
        string startedOn = "2024-01-10")
    {
        var t = await Tarsenia.LoadAsync(app);
        client ??= Im;
        var created = await client.PostAsJsonAsync("/api/v1/activities", new
        {
            hazardousAreaId = hazardId, organisationId = t.Halo, type, methods = new[] { "Manual", "Mechanical" },
            plannedStart = "2024-01-01", plannedEnd = "2024-12-31",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var activity = await created.ReadAsync<ActivityDto>();
        return start
            ? await client.PostAsJsonAsync($"/api/v1/activities/{activity.Id}/status", new { status = "InProgress", date = startedOn }).ReadAsync<ActivityDto>()
            : activity;
    }

    public async Task<HttpResponseMessage> ReleaseAsync(ActivityDto activity, object geometry, string outcome = "Cleared", int? depth = 20,
        string date = "2024-03-01", HttpClient? client = null) =>
        await (client ?? Im).PostAsJsonAsync($"/api/v1/activities/{activity.Id}/products",
            new { geometry, outcome, clearedDepthCm = depth, releaseDate = date });

    /// <summary>Records released land that must be accepted.</summary>
    public async Task<ProductDto> ReleaseOkAsync(ActivityDto activity, object geometry, string outcome = "Cleared", int? depth = 20,
        string date = "2024-03-01", HttpClient? client = null) =>
        await (await ReleaseAsync(activity, geometry, outcome, depth, date, client)).ReadAsync<ProductDto>();

    /// <summary>A hazard in the province with the west 40 % cancelled (March 2024), the next 20 % reduced (May) and 10 % cleared (June).</summary>
    public async Task<ThreeWays> ReleasedThreeWaysAsync(Guid provinceId)
    {
        var (hazard, lon, lat, area) = await HazardAsync(provinceId);
        var cancelled = await ReleaseOkAsync(await ActivityAsync(hazard, "NTS"), Rectangle(lon, lat, lon + 0.004, lat + 0.01), "Cancelled", null, "2024-03-01");
        var reduced = await ReleaseOkAsync(await ActivityAsync(hazard, "TS"), Rectangle(lon + 0.004, lat, lon + 0.006, lat + 0.01), "Reduced", null, "2024-05-01");
        var cleared = await ReleaseOkAsync(await ActivityAsync(hazard), Rectangle(lon + 0.006, lat, lon + 0.007, lat + 0.01), "Cleared", 13, "2024-06-01");
        return new ThreeWays(hazard, lon, lat, area, cancelled, reduced, cleared);
    }

    public sealed record ThreeWays(Guid Hazard, double Lon, double Lat, double AreaM2, ProductDto Cancelled, ProductDto Reduced, ProductDto Cleared);

    /// <summary>A device found and disposed of the same day on the activity.</summary>
    public async Task<DeviceDto> DisposedDeviceAsync(ActivityDto activity, string category, int quantity, string method, string? model = null,
        string on = "2024-02-01") =>
        await Im.PostAsync<DeviceDto>($"/api/v1/activities/{activity.Id}/devices", new
        {
            category, model, quantity, foundOn = on, condition = "Armed", disposalMethod = method, disposedOn = on,
        });

    public async Task<GetLandRelease.LandReleaseDto> LandReleaseAsync(Guid hazardId) =>
        await Im.GetAsync<GetLandRelease.LandReleaseDto>($"/api/v1/hazardous-areas/{hazardId}/land-release");
}
