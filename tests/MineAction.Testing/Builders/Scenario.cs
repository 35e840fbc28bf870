namespace MineAction.Testing.Builders;

/// <summary>Arranges records through the API as the NMAA information manager or an operator.</summary>
public sealed class Scenario(MineActionApp app)
{
    private static int _counter;

    public HttpClient Im => app.ClientFor(Roles.InformationManager);

    public HttpClient Operator => app.ClientFor(Roles.OperatorDataEntry);

    public async Task<Guid> OrganisationIdAsync(string acronym)
    {
        var page = await (await Im.GetAsync($"/api/v1/organisations?search={acronym}")).JsonAsync();
        return page["items"]!.AsArray().Select(i => i!).Single(i => i["acronym"]!.GetValue<string>() == acronym)["id"]!.GetValue<Guid>();
    }

    public async Task<JsonObject> NewOrganisationAsync()
    {
        var response = await Im.PostAsJsonAsync("/api/v1/organisations",
            new { name = $"Scenario organisation {Next()}", acronym = $"SC{Next()}", type = "NationalNgo", countryCode = "XTA" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    /// <summary>A hazard recorded by <paramref name="organisation"/> (HALO by default), entered by <paramref name="client"/>.</summary>
    public async Task<JsonObject> NewHazardAsync(HttpClient? client = null, string organisation = "HALO")
    {
        var response = await PostHazardAsync(client ?? Operator, organisation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    public async Task<HttpResponseMessage> PostHazardAsync(HttpClient client, string organisation = "HALO")
    {
        var t = await Tarsenia.LoadAsync(app);
        var n = Next();
        var body = new
        {
            name = $"Scenario field {n}",
            geometry = Tarsenia.Square(100.05 + (n % 50 * 0.02), 13.2 + (n / 50 * 0.02), 0.005),
            provinceId = t.Kandara,
            recordingOrganisationId = await OrganisationIdAsync(organisation),
            evidence = "Indirect",
            recordedOn = "2024-01-15",
            deviceCategories = new[] { "AntiPersonnelMine" },
        };
        return await client.PostAsJsonAsync("/api/v1/hazardous-areas", body);
    }

    public static Guid IdOf(JsonObject hazardOrOrganisation) =>
        (hazardOrOrganisation["summary"] ?? hazardOrOrganisation)["id"]!.GetValue<Guid>();

    public static object HazardBody(JsonObject hazard, string? name = null)
    {
        var s = hazard["summary"]!;
        return new
        {
            name = name ?? s["name"]!.GetValue<string>(),
            provinceId = s["provinceId"]!.GetValue<Guid>(),
            recordingOrganisationId = s["recordingOrganisationId"]!.GetValue<Guid>(),
            evidence = s["evidence"]!.GetValue<string>(),
            recordedOn = s["recordedOn"]!.GetValue<string>(),
        };
    }

    public static int Next() => Interlocked.Increment(ref _counter);
}
