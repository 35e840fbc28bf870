
namespace MineAction.Api.Tests.Quality;

/// <summary>QA/QC visits and non-conformities; a Critical one suspends the activity until closed with evidence.</summary>
public sealed class QualityTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Ledger _l = new(app);
    private HttpClient Qm => app.ClientFor(Roles.QualityManager);

    private async Task<JsonObject> VisitAsync(JsonObject activity, params (string Severity, string Due)[] ncs)
    {
        var tmac = (await (await _l.Im.GetAsync("/api/v1/organisations?search=TMAC")).JsonAsync())["items"]![0]!["id"]!.GetValue<Guid>();
        var response = await Qm.PostAsJsonAsync("/api/v1/quality/visits", new
        {
            kind = "QA", activityId = activity["id"], inspectingOrganisationId = tmac, visitedOn = "2024-02-01", findings = "Site visit",
            nonConformities = ncs.Select(n => new { severity = n.Severity, description = "Finding", correctiveAction = "Correct it", dueOn = n.Due }),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    [Fact]
    public async Task A_critical_non_conformity_suspends_the_activity_until_it_is_closed()
    {
        var (hazard, _, _, _) = await _l.HazardAsync();
        var activity = await _l.ActivityAsync(hazard, startedOn: "2024-01-10");
        var visit = await VisitAsync(activity, ("Critical", "2024-02-10"), ("Minor", "2024-03-01"));
        Assert.Equal(2, visit["nonConformities"]!.AsArray().Count);

        var suspended = await (await _l.Im.GetAsync($"/api/v1/activities/{activity["id"]}")).JsonAsync();
        Assert.Equal("Suspended", suspended["status"]!.GetValue<string>());
        var restart = await _l.Im.PostAsJsonAsync($"/api/v1/activities/{activity["id"]}/status", new { status = "InProgress", date = "2024-02-05" });
        Assert.Equal("CRITICAL_NON_CONFORMITY_OPEN", (await restart.ProblemAsync(HttpStatusCode.UnprocessableEntity))["code"]!.GetValue<string>());

        var critical = visit["nonConformities"]!.AsArray().Single(n => n!["severity"]!.GetValue<string>() == "Critical")!;
        await (await Qm.PostAsJsonAsync($"/api/v1/quality/non-conformities/{critical["id"]}/close", new { closedOn = "2024-02-08" })).FieldErrorAsync("evidence");
        var closed = await Qm.PostAsJsonAsync($"/api/v1/quality/non-conformities/{critical["id"]}/close",
            new { closedOn = "2024-02-08", evidence = "Team re-trained; SOP 4.2 signed" });
        Assert.Equal("2024-02-08", (await closed.JsonAsync())["closedOn"]!.GetValue<string>());
        var again = await Qm.PostAsJsonAsync($"/api/v1/quality/non-conformities/{critical["id"]}/close", new { closedOn = "2024-02-09", evidence = "x" });
        Assert.Equal("ALREADY_CLOSED", (await again.ProblemAsync(HttpStatusCode.UnprocessableEntity))["code"]!.GetValue<string>());

        var resumed = await _l.Im.PostAsJsonAsync($"/api/v1/activities/{activity["id"]}/status", new { status = "InProgress", date = "2024-02-09" });
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
    }

    [Fact]
    public async Task Open_non_conformities_are_listed_per_organisation_and_operators_see_their_own()
    {
        var t = await Tarsenia.LoadAsync(app);
        var (hazard, _, _, _) = await _l.HazardAsync();
        var activity = await _l.ActivityAsync(hazard);
        await VisitAsync(activity, ("Major", "2024-03-01"), ("Minor", "2024-03-01"));

        var open = (await Qm.GetFromJsonAsync<JsonArray>($"/api/v1/quality/non-conformities?organisationId={t.Halo}&open=true"))!;
        Assert.True(open.Count >= 2);
        Assert.All(open, n => Assert.Equal("HALO", n!["organisationAcronym"]!.GetValue<string>()));
        var tdo = (await app.ClientForUser("operator.tdo@tarsenia.example").GetFromJsonAsync<JsonArray>("/api/v1/quality/non-conformities"))!;
        Assert.Empty(tdo);
        Assert.Equal(HttpStatusCode.Forbidden, (await _l.Operator.PostAsJsonAsync("/api/v1/quality/visits", new { })).StatusCode);
    }

    [Theory]
    [InlineData("""{"kind":"Audit","findings":"x"}""", "kind")]
    [InlineData("""{"kind":"QA","findings":""}""", "findings")]
    [InlineData("""{"kind":"QA","findings":"x","nonConformities":[{"severity":"Fatal"}]}""", "nonConformities[0].severity")]
    public async Task Bad_visits_are_a_400_naming_the_field(string json, string field) =>
        await (await Qm.PostJsonAsync("/api/v1/quality/visits", json)).FieldErrorAsync(field);
}
