using Mediator;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.Hazards;

namespace MineAction.Api.Tests.Security;

/// <summary>Operators work on their own organisation's records; only approved data is national data.</summary>
public sealed class ScopingTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Scenario _s = new(app);
    private HttpClient Halo => app.ClientFor(Roles.OperatorDataEntry);

    private HttpClient Tdo => app.ClientForUser("operator.tdo@tarsenia.example");

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string query = "")
    {
        var page = await (await client.GetAsync($"/api/v1/hazardous-areas?pageSize=500{query}")).JsonAsync();
        return page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()).ToList();
    }

    [Fact]
    public async Task An_operator_does_not_see_another_organisations_submissions()
    {
        var submitted = Scenario.IdOf(await _s.NewHazardAsync(Halo));
        var approved = Scenario.IdOf(await _s.NewHazardAsync(_s.Im));

        Assert.Equal(HttpStatusCode.NotFound, (await Tdo.GetAsync($"/api/v1/hazardous-areas/{submitted}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Tdo.GetAsync($"/api/v1/hazardous-areas/{approved}")).StatusCode);
        var tdoSees = await IdsAsync(Tdo, "&search=Scenario");
        Assert.DoesNotContain(submitted, tdoSees);
        Assert.Contains(approved, tdoSees);

        Assert.Contains(submitted, await IdsAsync(Halo, "&search=Scenario"));
        Assert.Contains(submitted, await IdsAsync(_s.Im, "&search=Scenario"));
    }

    [Fact]
    public async Task Viewers_and_donor_officers_see_approved_data_only()
    {
        var submitted = Scenario.IdOf(await _s.NewHazardAsync(Halo));
        foreach (var role in new[] { Roles.Viewer, Roles.DonorReporting, Roles.VictimAssistanceOfficer })
        {
            var client = app.ClientFor(role);
            Assert.DoesNotContain(submitted, await IdsAsync(client));
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/hazardous-areas/{submitted}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await app.ClientFor(Roles.QualityManager).GetAsync($"/api/v1/hazardous-areas/{submitted}")).StatusCode);
    }

    [Fact]
    public async Task An_operator_cannot_modify_another_organisations_records()
    {
        var haloSubmitted = await _s.NewHazardAsync(Halo);
        var haloApproved = await _s.NewHazardAsync(_s.Im);

        var hidden = await Tdo.PutJsonAsync($"/api/v1/hazardous-areas/{Scenario.IdOf(haloSubmitted)}",
            Scenario.HazardBody(haloSubmitted, "Taken over"), $"\"{haloSubmitted["summary"]!["rowVersion"]}\"");
        await hidden.ProblemAsync(HttpStatusCode.NotFound);

        var visible = await Tdo.PutJsonAsync($"/api/v1/hazardous-areas/{Scenario.IdOf(haloApproved)}",
            Scenario.HazardBody(haloApproved, "Taken over"), $"\"{haloApproved["summary"]!["rowVersion"]}\"");
        await visible.ProblemAsync(HttpStatusCode.Forbidden);

        var confirm = await Tdo.PostAsJsonAsync($"/api/v1/hazardous-areas/{Scenario.IdOf(haloApproved)}/confirm",
            new { confirmedOn = "2024-02-01", note = "x" });
        await confirm.ProblemAsync(HttpStatusCode.Forbidden);

        var current = await (await _s.Im.GetAsync($"/api/v1/hazardous-areas/{Scenario.IdOf(haloApproved)}")).JsonAsync();
        Assert.Equal(haloApproved["summary"]!["name"]!.GetValue<string>(), current["summary"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_operator_records_only_for_its_own_organisation()
    {
        var forTdo = await _s.PostHazardAsync(Halo, "TDO");
        var problem = await forTdo.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("own organisation", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_operators_entry_waits_for_review_and_an_approved_record_is_read_only_for_it()
    {
        var hazard = await _s.NewHazardAsync(Halo);
        Assert.Equal("Submitted", hazard["summary"]!["approvalStatus"]!.GetValue<string>());
        var id = Scenario.IdOf(hazard);

        var returned = await _s.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{id}/return", new { comment = "Polygon misses the north field" });
        var returnedBody = await returned.JsonAsync();
        Assert.Equal("Returned", returnedBody["summary"]!["approvalStatus"]!.GetValue<string>());
        Assert.Equal("Polygon misses the north field", returnedBody["reviewComment"]!.GetValue<string>());

        var corrected = await Halo.PutJsonAsync($"/api/v1/hazardous-areas/{id}", Scenario.HazardBody(hazard, "Corrected field"),
            returned.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal("Submitted", (await corrected.JsonAsync())["summary"]!["approvalStatus"]!.GetValue<string>());

        var approved = await _s.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{id}/approve", new { });
        Assert.Equal("Approved", (await approved.JsonAsync())["summary"]!["approvalStatus"]!.GetValue<string>());

        var late = await Halo.PutJsonAsync($"/api/v1/hazardous-areas/{id}", Scenario.HazardBody(hazard, "Late edit"), approved.Headers.ETag!.ToString());
        await late.ProblemAsync(HttpStatusCode.Forbidden);

        var twice = await _s.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{id}/approve", new { });
        Assert.Equal("ALREADY_APPROVED", (await twice.ProblemAsync(HttpStatusCode.UnprocessableEntity))["code"]!.GetValue<string>());
        var noComment = await _s.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{Scenario.IdOf(await _s.NewHazardAsync(Halo))}/return", new { });
        await noComment.FieldErrorAsync("comment");
    }

    [Fact]
    public async Task Entries_by_the_nmaa_count_as_approved()
    {
        var hazard = await _s.NewHazardAsync(_s.Im);
        Assert.Equal("Approved", hazard["summary"]!["approvalStatus"]!.GetValue<string>());
        Assert.Equal("im@tarsenia.example", hazard["reviewedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Official_figures_count_approved_data_only()
    {
        var before = await OverviewAsync();
        await _s.NewHazardAsync(Halo);
        Assert.Equal(before, await OverviewAsync());
        await _s.NewHazardAsync(_s.Im);
        Assert.Equal(before + 1, await OverviewAsync());
    }

    private async Task<int> OverviewAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var overview = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetContaminationOverview.Query());
        return overview.ByType.Sum(t => t.Count);
    }
}
