namespace MineAction.Testing.Builders;

/// <summary>Arranges hazards, activities and products through the API for the land release tests.</summary>
public sealed class Ledger(MineActionApp app)
{
    private static int _cell;

    public HttpClient Im => app.ClientFor(Roles.InformationManager);

    public HttpClient Operator => app.ClientFor(Roles.OperatorDataEntry);

    /// <summary>A fresh cell of the grid so that hazards of one test class never overlap.</summary>
    public static (double Lon, double Lat) NextCell()
    {
        var n = Interlocked.Increment(ref _cell);
        return (100.02 + (n % 40 * 0.025), 12.02 + (n / 40 * 0.025));
    }

    public static object Rectangle(double lon0, double lat0, double lon1, double lat1) => new
    {
        type = "Polygon",
        coordinates = new[] { new[] { new[] { lon0, lat0 }, [lon1, lat0], [lon1, lat1], [lon0, lat1], [lon0, lat0] } },
    };

    /// <summary>An approved open hazard: a 0.01° square at the next free cell, in Kandara or the given province.</summary>
    public async Task<(Guid Id, double Lon, double Lat, double AreaM2)> HazardAsync(Guid? provinceId = null, string recordedOn = "2020-01-01")
    {
        var t = await Tarsenia.LoadAsync(app);
        var (lon, lat) = NextCell();
        var response = await Im.PostAsJsonAsync("/api/v1/hazardous-areas", new
        {
            name = $"Ledger field {lon:0.000} {lat:0.000}", geometry = Tarsenia.Square(lon, lat), provinceId = provinceId ?? t.Kandara,
            recordingOrganisationId = t.Halo, evidence = "Direct", recordedOn,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var summary = (await response.JsonAsync())["summary"]!;
        return (summary["id"]!.GetValue<Guid>(), lon, lat, summary["areaM2"]!.GetValue<double>());
    }

    /// <summary>An activity of HALO on the hazard, started on 2024-01-10 (unless <paramref name="start"/> is false).</summary>
    public async Task<JsonObject> ActivityAsync(Guid hazardId, string type = "Clearance", HttpClient? client = null, bool start = true,
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
        var activity = await created.JsonAsync();
        if (!start)
        {
            return activity;
        }

        var started = await client.PostAsJsonAsync($"/api/v1/activities/{activity["id"]}/status", new { status = "InProgress", date = startedOn });
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        return await started.JsonAsync();
    }

    public async Task<HttpResponseMessage> ReleaseAsync(JsonObject activity, object geometry, string outcome = "Cleared", int? depth = 20,
        string date = "2024-03-01", HttpClient? client = null) =>
        await (client ?? Im).PostAsJsonAsync($"/api/v1/activities/{activity["id"]}/products",
            new { geometry, outcome, clearedDepthCm = depth, releaseDate = date });

    public async Task<JsonObject> LandReleaseAsync(Guid hazardId) =>
        await (await Im.GetAsync($"/api/v1/hazardous-areas/{hazardId}/land-release")).JsonAsync();
}
