namespace MineAction.Api.Tests.LandRelease;

/// <summary>A hazard registered over an open one is flagged as a possible duplicate (or refused on request).</summary>
public sealed class DuplicateHazardTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Ledger _l = new(app);

    private async Task<HttpResponseMessage> RegisterAsync(double lon, double lat, bool reject = false)
    {
        var t = await Tarsenia.LoadAsync(app);
        return await _l.Im.PostAsJsonAsync($"/api/v1/hazardous-areas?rejectDuplicates={reject}", new
        {
            name = "Maybe twice", geometry = Tarsenia.Square(lon, lat), provinceId = t.Kandara, recordingOrganisationId = t.Tdo,
            evidence = "Indirect", recordedOn = "2023-01-01",
        });
    }

    [Fact]
    public async Task Overlapping_more_than_half_an_open_hazard_warns_or_is_refused()
    {
        var (first, lon, lat, _) = await _l.HazardAsync();
        var code = (await (await _l.Im.GetAsync($"/api/v1/hazardous-areas/{first}")).JsonAsync())["summary"]!["code"]!.GetValue<string>();

        var twin = await RegisterAsync(lon + 0.002, lat);
        Assert.Equal(HttpStatusCode.Created, twin.StatusCode);
        var warnings = (await twin.JsonAsync())["warnings"]!.AsArray().Select(w => w!.GetValue<string>()).ToList();
        Assert.Contains(warnings, w => w.Contains(code, StringComparison.Ordinal) && w.StartsWith("POSSIBLE_DUPLICATE", StringComparison.Ordinal));

        var refused = await RegisterAsync(lon + 0.001, lat + 0.001, reject: true);
        var problem = await refused.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("POSSIBLE_DUPLICATE", problem["code"]!.GetValue<string>());
        Assert.Contains(code, problem["conflicting"]!.AsArray().Select(c => c!.GetValue<string>()));

        var neighbour = await RegisterAsync(lon + 0.0075, lat, reject: true);
        Assert.Equal(HttpStatusCode.Created, neighbour.StatusCode);
        Assert.Empty((await neighbour.JsonAsync())["warnings"]!.AsArray());
    }
}
