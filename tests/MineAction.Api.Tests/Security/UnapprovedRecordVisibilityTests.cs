using MineAction.Domain.Common;
using MineAction.Application.People;

namespace MineAction.Api.Tests.Security;

/// <summary>
/// Records HALO's operator submitted and nobody has approved yet — a hazardous area, an activity, a risk education session — reach
/// no read route of a role that may not see them: not lists, details, exports, map layers or pick lists (every read goes through
/// the database's visibility filter). The information manager, who reviews them, sees them (the control).
/// </summary>
public sealed class UnapprovedRecordVisibilityTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private sealed record Submitted(Guid Hazard, string HazardCode, Guid Activity, Guid Session);

    private Task<Submitted> SubmittedAsync() => app.OnceAsync("submitted", async () =>
    {
        var scenario = new Scenario(app);
        var hazard = await scenario.NewHazardAsync();
        var ledger = new Ledger(app);
        var activity = await ledger.ActivityAsync((await ledger.HazardAsync()).Id, client: ledger.Operator, start: false);
        var t = await Tarsenia.LoadAsync(app);
        var session = await ledger.Operator.PostAsync<EoreSessionDto>("/api/v1/eore-sessions", RequestBodies.EoreSession(t, t.Veyra, t.Halo));
        Assert.Equal(ApprovalStatus.Submitted, hazard.Summary.ApprovalStatus);
        Assert.Equal(ApprovalStatus.Submitted, activity.ApprovalStatus);
        return new Submitted(hazard.Summary.Id, hazard.Summary.Code, activity.Id, session.Id);
    });

    /// <summary>Every read route that could show one of the submitted records, with what it would show.</summary>
    private static IEnumerable<string> ReadRoutes(Submitted s) =>
    [
        $"/api/v1/hazardous-areas?search={s.HazardCode}", $"/api/v1/hazardous-areas/{s.Hazard}", $"/api/v1/hazardous-areas/{s.Hazard}/land-release",
        $"/api/v1/hazardous-areas/export.csv?search={s.HazardCode}", $"/api/v1/hazardous-areas/export.geojson?search={s.HazardCode}",
        "/api/v1/activities?pageSize=500", $"/api/v1/activities/{s.Activity}", $"/api/v1/activities/{s.Activity}/devices",
        "/api/v1/projects/link-candidates?kind=Activity", "/api/v1/projects/link-candidates?kind=EoreSession",
        $"/api/v1/eore-sessions/{s.Session}", "/api/v1/land-release/released-land.geojson", "/api/v1/land-release/devices.geojson",
    ];

    public static TheoryData<string> OtherUsers() =>
    [
        "operator.tdo@tarsenia.example", MineActionApp.DemoUser(Roles.DonorReporting), MineActionApp.DemoUser(Roles.Viewer),
        MineActionApp.DemoUser(Roles.VictimAssistanceOfficer),
    ];

    [Theory]
    [MemberData(nameof(OtherUsers))]
    public async Task No_read_route_shows_another_organisations_unapproved_record(string user)
    {
        var submitted = await SubmittedAsync();
        var client = app.ClientForUser(user);
        foreach (var route in ReadRoutes(submitted))
        {
            var response = await client.GetAsync(route);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.Forbidden,
                $"{route}: {(int)response.StatusCode} {body}");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                continue; // a 404 names the id it was asked for, nothing more
            }

            foreach (var secret in new[] { submitted.Hazard.ToString(), submitted.HazardCode, submitted.Activity.ToString(), submitted.Session.ToString() })
            {
                Assert.False(body.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{user} saw {secret} in {route}");
            }
        }
    }

    [Fact]
    public async Task The_reviewer_sees_every_submitted_record()
    {
        var submitted = await SubmittedAsync();
        var im = app.ClientFor(Roles.InformationManager);
        Assert.Equal(HttpStatusCode.OK, (await im.GetAsync($"/api/v1/hazardous-areas/{submitted.Hazard}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await im.GetAsync($"/api/v1/activities/{submitted.Activity}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await im.GetAsync($"/api/v1/eore-sessions/{submitted.Session}")).StatusCode);
        Assert.Contains(submitted.Activity.ToString(), await im.GetStringAsync("/api/v1/projects/link-candidates?kind=Activity"), StringComparison.Ordinal);
    }
}
