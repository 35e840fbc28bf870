using MineAction.Application.People;
namespace MineAction.Testing.Builders;

/// <summary>Arranges accidents, casualties and assistance cases through the API as the victim assistance officer.</summary>
public sealed class Victims(MineActionApp app)
{
    public HttpClient Va => app.ClientFor(Roles.VictimAssistanceOfficer);

    /// <summary>An accident in Kandara on <paramref name="occurredOn"/>.</summary>
    public async Task<AccidentDto> AccidentAsync(int killed = 0, int injured = 2, string occurredOn = "2024-05-01",
        string device = "AntiPersonnelMine", string activity = "CollectingWood")
    {
        var t = await Tarsenia.LoadAsync(app);
        var response = await Va.PostAsJsonAsync("/api/v1/accidents", new
        {
            occurredOn, location = new { type = "Point", coordinates = new[] { 100.3, 12.3 } }, provinceId = t.Kandara, deviceCategory = device,
            activityAtTime = activity, killed, injured, source = "Provincial hospital report",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<AccidentDto>();
    }

    public Task<HttpResponseMessage> PostCasualtyAsync(AccidentDto accident, object body, HttpClient? client = null) =>
        (client ?? Va).PostAsJsonAsync($"/api/v1/accidents/{accident.Id}/casualties", body);

    /// <summary>A casualty of <paramref name="accident"/>, recorded from <paramref name="body"/>.</summary>
    public async Task<CasualtyDto> CasualtyAsync(AccidentDto accident, object body)
    {
        var response = await PostCasualtyAsync(accident, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<CasualtyDto>();
    }

    public Task<HttpResponseMessage> OpenCaseAsync(object body) => Va.PostAsJsonAsync("/api/v1/assistance-cases", body);
}
