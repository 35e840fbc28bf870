using MineAction.Application.Hazards;

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

    /// <summary>An open hazard: its code and its cell's corner.</summary>
    private async Task<(string Code, double Lon, double Lat)> OpenHazardAsync()
    {
        var (id, lon, lat, _) = await _l.HazardAsync();
        return ((await _l.Im.GetAsync<HazardDetailDto>($"/api/v1/hazardous-areas/{id}")).Summary.Code, lon, lat);
    }

    [Fact]
    public async Task Overlapping_more_than_half_an_open_hazard_is_registered_with_a_warning()
    {
        var (code, lon, lat) = await OpenHazardAsync();
        var twin = await RegisterAsync(lon + 0.002, lat).ReadAsync<HazardDetailDto>();
        Assert.Contains(twin.Warnings, w => w.Contains(code, StringComparison.Ordinal) && w.StartsWith("POSSIBLE_DUPLICATE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Overlapping_more_than_half_is_refused_on_request_naming_the_other_hazard()
    {
        var (code, lon, lat) = await OpenHazardAsync();
        var problem = await (await RegisterAsync(lon + 0.001, lat + 0.001, reject: true)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("POSSIBLE_DUPLICATE", problem["code"]!.GetValue<string>());
        Assert.Contains(code, problem["conflicting"]!.AsArray().Select(c => c!.GetValue<string>()));
    }

    [Fact]
    public async Task A_neighbour_overlapping_less_than_half_is_no_duplicate()
    {
        var (_, lon, lat) = await OpenHazardAsync();
        var neighbour = await RegisterAsync(lon + 0.0075, lat, reject: true).ReadAsync<HazardDetailDto>();
        Assert.Empty(neighbour.Warnings);
    }
}
