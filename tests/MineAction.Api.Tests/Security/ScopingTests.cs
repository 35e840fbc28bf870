using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.Hazards;
using MineAction.Domain.Common;

namespace MineAction.Api.Tests.Security;

/// <summary>Operators work on their own organisation's records; only approved data is national data.</summary>
public sealed class ScopingTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Scenario _s = new(app);
    private HttpClient Halo => app.ClientFor(Roles.OperatorDataEntry);

    private HttpClient Tdo => app.ClientForUser("operator.tdo@tarsenia.example");

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string query = "") =>
        [.. (await client.GetAsync<PagedResult<HazardSummaryDto>>($"/api/v1/hazardous-areas?pageSize=500{query}")).Items.Select(i => i.Id)];

    private static string ETag(HazardDetailDto hazard) => $"\"{hazard.Summary.RowVersion}\"";

    [Fact]
    public async Task An_operator_does_not_see_another_organisations_submissions()
    {
        var submitted = (await _s.NewHazardAsync(Halo)).Summary.Id;
        var approved = (await _s.NewHazardAsync(_s.Im)).Summary.Id;

        Assert.Equal(HttpStatusCode.NotFound, (await Tdo.GetAsync($"/api/v1/hazardous-areas/{submitted}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Tdo.GetAsync($"/api/v1/hazardous-areas/{approved}")).StatusCode);
        var tdoSees = await IdsAsync(Tdo, "&search=Scenario");
        Assert.DoesNotContain(submitted, tdoSees);
        Assert.Contains(approved, tdoSees);
    }

    [Fact]
    public async Task An_operator_and_the_nmaa_see_the_operators_own_submissions()
    {
        var submitted = (await _s.NewHazardAsync(Halo)).Summary.Id;
        Assert.Contains(submitted, await IdsAsync(Halo, "&search=Scenario"));
        Assert.Contains(submitted, await IdsAsync(_s.Im, "&search=Scenario"));
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.DonorReporting)]
    [InlineData(Roles.VictimAssistanceOfficer)]
    public async Task Viewers_donor_officers_and_victim_assistance_see_approved_data_only(string role)
    {
        var submitted = (await _s.NewHazardAsync(Halo)).Summary.Id;
        var client = app.ClientFor(role);
        Assert.DoesNotContain(submitted, await IdsAsync(client));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/hazardous-areas/{submitted}")).StatusCode);
    }

    [Fact]
    public async Task Quality_managers_see_submissions_too() =>
        Assert.Equal(HttpStatusCode.OK, (await app.ClientFor(Roles.QualityManager).GetAsync($"/api/v1/hazardous-areas/{(await _s.NewHazardAsync(Halo)).Summary.Id}")).StatusCode);

    [Fact]
    public async Task Another_organisations_submission_is_not_found_for_an_operator_who_would_change_it()
    {
        var haloSubmitted = await _s.NewHazardAsync(Halo);
        var hidden = await Tdo.PutJsonAsync($"/api/v1/hazardous-areas/{haloSubmitted.Summary.Id}", Scenario.HazardBody(haloSubmitted, "Taken over"), ETag(haloSubmitted));
        await hidden.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_organisations_approved_record_is_read_only_for_an_operator()
    {
        var haloApproved = await _s.NewHazardAsync(_s.Im);
        var id = haloApproved.Summary.Id;
        await (await Tdo.PutJsonAsync($"/api/v1/hazardous-areas/{id}", Scenario.HazardBody(haloApproved, "Taken over"), ETag(haloApproved)))
            .ProblemAsync(HttpStatusCode.Forbidden);
        await (await Tdo.PostAsJsonAsync($"/api/v1/hazardous-areas/{id}/confirm", new { confirmedOn = "2024-02-01", note = "x" })).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(haloApproved.Summary.Name, (await _s.Im.GetAsync<HazardDetailDto>($"/api/v1/hazardous-areas/{id}")).Summary.Name);
    }

    [Fact]
    public async Task An_operator_records_only_for_its_own_organisation()
    {
        var problem = await (await _s.PostHazardAsync(Halo, "TDO")).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("own organisation", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_operators_entry_waits_for_review() =>
        Assert.Equal(ApprovalStatus.Submitted, (await _s.NewHazardAsync(Halo)).Summary.ApprovalStatus);

    [Fact]
    public async Task A_returned_entry_carries_the_comment_and_goes_back_to_review_when_corrected()
    {
        var hazard = await _s.NewHazardAsync(Halo);
        var id = hazard.Summary.Id;
        var returned = await _s.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{id}/return", new { comment = "Polygon misses the north field" });
        var returnedBody = await returned.ReadAsync<HazardDetailDto>();
        Assert.Equal((ApprovalStatus.Returned, "Polygon misses the north field"), (returnedBody.Summary.ApprovalStatus, returnedBody.ReviewComment));

        var corrected = await Halo.PutJsonAsync($"/api/v1/hazardous-areas/{id}", Scenario.HazardBody(hazard, "Corrected field"), returned.Headers.ETag!.ToString())
            .ReadAsync<HazardDetailDto>();
        Assert.Equal(ApprovalStatus.Submitted, corrected.Summary.ApprovalStatus);
    }

    [Fact]
    public async Task An_approved_record_is_read_only_for_its_operator()
    {
        var hazard = await _s.NewHazardAsync(Halo);
        var approved = await _s.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{hazard.Summary.Id}/approve", new { });
        Assert.Equal(ApprovalStatus.Approved, (await approved.ReadAsync<HazardDetailDto>()).Summary.ApprovalStatus);
        await (await Halo.PutJsonAsync($"/api/v1/hazardous-areas/{hazard.Summary.Id}", Scenario.HazardBody(hazard, "Late edit"), approved.Headers.ETag!.ToString()))
            .ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_approved_record_is_not_approved_twice()
    {
        var hazard = await _s.NewHazardAsync(Halo);
        await _s.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{hazard.Summary.Id}/approve", new { }).ReadAsync<HazardDetailDto>();
        Assert.Equal("ALREADY_APPROVED", await (await _s.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{hazard.Summary.Id}/approve", new { })).RuleAsync());
    }

    [Fact]
    public async Task A_return_says_what_to_correct() =>
        await (await _s.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{(await _s.NewHazardAsync(Halo)).Summary.Id}/return", new { })).FieldErrorAsync("comment");

    [Fact]
    public async Task Entries_by_the_nmaa_count_as_approved()
    {
        var hazard = await _s.NewHazardAsync(_s.Im);
        Assert.Equal((ApprovalStatus.Approved, "im@tarsenia.example"), (hazard.Summary.ApprovalStatus, hazard.ReviewedBy));
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
        var overview = await scope.ServiceProvider.GetRequiredService<Mediator.IMediator>().Send(new GetContaminationOverview.Query());
        return overview.ByType.Sum(t => t.Count);
    }
}
