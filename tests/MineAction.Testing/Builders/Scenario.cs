using NetTopologySuite.Geometries;
using MineAction.Application.Common;
using MineAction.Application.Hazards;
using MineAction.Application.Organisations;
namespace MineAction.Testing.Builders;

/// <summary>Arranges records through the API as the NMAA information manager or an operator.</summary>
public sealed class Scenario(MineActionApp app)
{
    private static int _counter;

    /// <summary>Kandara above 13.15° N (the Ledger's hazards use the part below).</summary>
    private static readonly Envelope UpperKandara = new(100.0, 101.2, 13.15, 13.5);

    public HttpClient Im => app.ClientFor(Roles.InformationManager);

    public HttpClient Operator => app.ClientFor(Roles.OperatorDataEntry);

    public async Task<Guid> OrganisationIdAsync(string acronym) =>
        (await Im.GetAsync<PagedResult<OrganisationDto>>($"/api/v1/organisations?search={acronym}")).Items.Single(o => o.Acronym == acronym).Id;

    public async Task<OrganisationDto> NewOrganisationAsync()
    {
        var response = await Im.PostAsJsonAsync("/api/v1/organisations",
            new { name = $"Scenario organisation {Next()}", acronym = $"SC{Next()}", type = "NationalNgo", countryCode = "XTA" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<OrganisationDto>();
    }

    /// <summary>A hazard recorded by <paramref name="organisation"/> (HALO by default), entered by <paramref name="client"/>.</summary>
    public async Task<HazardDetailDto> NewHazardAsync(HttpClient? client = null, string organisation = "HALO")
    {
        var response = await PostHazardAsync(client ?? Operator, organisation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<HazardDetailDto>();
    }

    public async Task<HttpResponseMessage> PostHazardAsync(HttpClient client, string organisation = "HALO")
    {
        var t = await Tarsenia.LoadAsync(app);
        var n = Next();
        var (lon, lat) = Tarsenia.CellIn(UpperKandara, n);
        var body = new
        {
            name = $"Scenario field {n}",
            geometry = Tarsenia.Square(lon, lat, 0.005),
            provinceId = t.Kandara,
            recordingOrganisationId = await OrganisationIdAsync(organisation),
            evidence = "Indirect",
            recordedOn = "2024-01-15",
            deviceCategories = new[] { "AntiPersonnelMine" },
        };
        return await client.PostAsJsonAsync("/api/v1/hazardous-areas", body);
    }

    /// <summary>The body of an update that keeps the hazard as it is (optionally renamed).</summary>
    public static object HazardBody(HazardDetailDto hazard, string? name = null)
    {
        var s = hazard.Summary;
        return new
        {
            name = name ?? s.Name, provinceId = s.ProvinceId, recordingOrganisationId = s.RecordingOrganisationId, evidence = s.Evidence.ToString(),
            recordedOn = TestDates.Iso(s.RecordedOn),
        };
    }

    public static int Next() => Interlocked.Increment(ref _counter);
}
