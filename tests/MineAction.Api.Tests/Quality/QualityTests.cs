using MineAction.Application.LandRelease;
using MineAction.Application.Quality;
using MineAction.Domain.LandRelease;
using MineAction.Domain.Quality;

namespace MineAction.Api.Tests.Quality;

/// <summary>QA/QC visits and non-conformities; a Critical one suspends the activity until closed with evidence.</summary>
public sealed class QualityTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Ledger _l = new(app);
    private readonly Scenario _s = new(app);
    private HttpClient Qm => app.ClientFor(Roles.QualityManager);

    private async Task<VisitDto> VisitAsync(ActivityDto activity, params (string Severity, string Due)[] ncs) =>
        await Qm.PostAsync<VisitDto>("/api/v1/quality/visits", new
        {
            kind = "QA", activityId = activity.Id, inspectingOrganisationId = await _s.OrganisationIdAsync("TMAC"), visitedOn = "2024-02-01",
            findings = "Site visit",
            nonConformities = ncs.Select(n => new { severity = n.Severity, description = "Finding", correctiveAction = "Correct it", dueOn = n.Due }),
        });

    /// <summary>An activity started on 10 January 2024 and the critical non-conformity its visit raised.</summary>
    private async Task<(ActivityDto Activity, NonConformityDto Critical)> CriticalFindingAsync()
    {
        var activity = await _l.ActivityAsync((await _l.HazardAsync()).Id, startedOn: "2024-01-10");
        var visit = await VisitAsync(activity, ("Critical", "2024-02-10"), ("Minor", "2024-03-01"));
        Assert.Equal(2, visit.NonConformities.Count);
        return (activity, visit.NonConformities.Single(n => n.Severity == Severity.Critical));
    }

    private Task<HttpResponseMessage> RestartAsync(ActivityDto activity, string date) =>
        _l.Im.PostAsJsonAsync($"/api/v1/activities/{activity.Id}/status", new { status = "InProgress", date });

    private Task<HttpResponseMessage> CloseAsync(NonConformityDto nc, object body) =>
        Qm.PostAsJsonAsync($"/api/v1/quality/non-conformities/{nc.Id}/close", body);

    [Fact]
    public async Task A_critical_non_conformity_suspends_the_activity()
    {
        var (activity, _) = await CriticalFindingAsync();
        Assert.Equal(ActivityStatus.Suspended, (await _l.Im.GetAsync<ActivityDto>($"/api/v1/activities/{activity.Id}")).Status);
        Assert.Equal("CRITICAL_NON_CONFORMITY_OPEN", await (await RestartAsync(activity, "2024-02-05")).RuleAsync());
    }

    [Fact]
    public async Task A_non_conformity_is_closed_with_evidence_once()
    {
        var (_, critical) = await CriticalFindingAsync();
        await (await CloseAsync(critical, new { closedOn = "2024-02-08" })).FieldErrorAsync("evidence");
        var closed = await CloseAsync(critical, new { closedOn = "2024-02-08", evidence = "Team re-trained; SOP 4.2 signed" }).ReadAsync<NonConformityDto>();
        Assert.Equal(new DateOnly(2024, 2, 8), closed.ClosedOn);
        Assert.Equal("ALREADY_CLOSED", await (await CloseAsync(critical, new { closedOn = "2024-02-09", evidence = "x" })).RuleAsync());
    }

    [Fact]
    public async Task The_activity_resumes_once_the_critical_non_conformity_is_closed()
    {
        var (activity, critical) = await CriticalFindingAsync();
        await CloseAsync(critical, new { closedOn = "2024-02-08", evidence = "Team re-trained; SOP 4.2 signed" }).ReadAsync<NonConformityDto>();
        Assert.Equal(ActivityStatus.InProgress, (await RestartAsync(activity, "2024-02-09").ReadAsync<ActivityDto>()).Status);
    }

    [Fact]
    public async Task Open_non_conformities_are_listed_per_organisation()
    {
        var t = await Tarsenia.LoadAsync(app);
        await VisitAsync(await _l.ActivityAsync((await _l.HazardAsync()).Id), ("Major", "2024-03-01"), ("Minor", "2024-03-01"));
        var open = await Qm.GetAsync<List<NonConformityDto>>($"/api/v1/quality/non-conformities?organisationId={t.Halo}&open=true");
        Assert.True(open.Count >= 2);
        Assert.All(open, n => Assert.Equal("HALO", n.OrganisationAcronym));
    }

    [Fact]
    public async Task Operators_see_only_their_own_organisations_non_conformities()
    {
        await VisitAsync(await _l.ActivityAsync((await _l.HazardAsync()).Id), ("Major", "2024-03-01"));
        Assert.Empty(await app.ClientForUser("operator.tdo@tarsenia.example").GetAsync<List<NonConformityDto>>("/api/v1/quality/non-conformities"));
    }

    [Fact]
    public async Task Operators_do_not_record_visits() =>
        Assert.Equal(HttpStatusCode.Forbidden, (await _l.Operator.PostAsJsonAsync("/api/v1/quality/visits", new { })).StatusCode);

    [Theory]
    [InlineData("""{"kind":"Audit","findings":"x"}""", "kind")]
    [InlineData("""{"kind":"QA","findings":""}""", "findings")]
    [InlineData("""{"kind":"QA","findings":"x","nonConformities":[{"severity":"Fatal"}]}""", "nonConformities[0].severity")]
    public async Task Bad_visits_are_a_400_naming_the_field(string json, string field) =>
        await (await Qm.PostJsonAsync("/api/v1/quality/visits", json)).FieldErrorAsync(field);
}
