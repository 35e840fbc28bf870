using MineAction.Application.LandRelease;
using MineAction.Application.Hazards;
using MineAction.Application.Review;
using MineAction.Domain.Common;

namespace MineAction.Api.Tests.Review;

/// <summary>
/// The information manager's review inbox (issue #18, item 4): every submission across the modules in one list with its counts; approve or
/// return several at once, all or none; an information manager's edit of an operator's pending record no longer approves it.
/// </summary>
public sealed class ReviewInboxTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Ledger _l = new(app);

    /// <summary>A hazard HALO's operator registers (submitted).</summary>
    private async Task<HazardDetailDto> OperatorHazardAsync()
    {
        var t = await Tarsenia.LoadAsync(app);
        var (lon, lat) = Ledger.NextCell();
        return await _l.Operator.PostAsync<HazardDetailDto>("/api/v1/hazardous-areas", new
        {
            name = $"Operator field {lon:0.000}", geometry = Tarsenia.Square(lon, lat), provinceId = t.Kandara, recordingOrganisationId = t.Halo,
            evidence = "Direct", recordedOn = "2024-01-05",
        });
    }

    private async Task<PagedResult<Submission>> InboxAsync(string query = "") =>
        await _l.Im.GetAsync<PagedResult<Submission>>($"/api/v1/review/submissions?pageSize=500{query}");

    private static DecideSubmissions.Item ItemOf(Submission s) => new(s.Kind, s.Id, s.RowVersion);

    [Fact]
    public async Task An_operators_hazard_activity_and_later_land_wait_in_one_inbox_and_one_bulk_approval_makes_them_count()
    {
        var hazard = await OperatorHazardAsync();
        var approvedHazard = await _l.HazardAsync();
        var activity = await _l.ActivityAsync(approvedHazard.Id);
        var later = await _l.ReleaseOkAsync(activity, Ledger.Rectangle(approvedHazard.Lon, approvedHazard.Lat, approvedHazard.Lon + 0.002,
            approvedHazard.Lat + 0.002), date: "2024-03-31", client: _l.Operator);
        var operatorActivity = await _l.ActivityAsync(approvedHazard.Id, type: "TS", client: _l.Operator);

        var inbox = (await InboxAsync()).Items;
        var mine = inbox.Where(s => s.Id == hazard.Summary.Id || s.Id == later.Id || s.Id == operatorActivity.Id).ToList();
        Assert.Equal([SubmissionKind.HazardousArea, SubmissionKind.Product, SubmissionKind.Activity], mine.Select(s => s.Kind));
        var listedHazard = mine[0];
        Assert.Equal((hazard.Summary.Code, "HALO", "SHA", hazard.Summary.AreaM2), (listedHazard.HazardCode, listedHazard.Organisation, listedHazard.Type,
            listedHazard.Quantity));
        Assert.Equal((activity.Id, "Cleared", later.AreaM2), (mine[1].ParentId, mine[1].Type, mine[1].Quantity));
        Assert.True(inbox.Zip(inbox.Skip(1)).All(p => p.First.SubmittedAt <= p.Second.SubmittedAt), "oldest first");
        Assert.Equal([SubmissionKind.Product], (await InboxAsync($"&kind=Product")).Items.Select(s => s.Kind).Distinct());

        var counts = await _l.Im.GetAsync<SubmissionCounts>("/api/v1/review/counts");
        Assert.Equal(inbox.Count, counts.Total);
        Assert.Equal(Enum.GetValues<SubmissionKind>(), counts.ByKind.Select(k => k.Kind));
        Assert.Equal(inbox.Count(s => s.Kind == SubmissionKind.HazardousArea), counts.Of(SubmissionKind.HazardousArea));

        var decided = await _l.Im.PostAsync<DecideSubmissions.Decided>("/api/v1/review/decisions",
            new DecideSubmissions.Command(mine.Select(ItemOf).ToList(), ReviewDecision.Approve, "Checked in the inbox"));
        Assert.Equal(3, decided.Count);
        Assert.DoesNotContain((await InboxAsync()).Items, s => mine.Any(m => m.Id == s.Id));
        var approved = await _l.Im.GetAsync<HazardDetailDto>($"/api/v1/hazardous-areas/{hazard.Summary.Id}");
        Assert.Equal((ApprovalStatus.Approved, "Checked in the inbox"), (approved.Summary.ApprovalStatus, approved.ReviewComment));
        Assert.Equal(later.AreaM2, (await _l.LandReleaseAsync(approvedHazard.Id)).Approved.ReleasedM2, 3);
    }

    [Fact]
    public async Task Results_reported_with_a_pending_activity_are_approved_with_it_not_listed_on_their_own()
    {
        var hazard = await _l.HazardAsync();
        var activity = await _l.ActivityAsync(hazard.Id, client: _l.Operator);
        var product = await _l.ReleaseOkAsync(activity, Ledger.Rectangle(hazard.Lon, hazard.Lat, hazard.Lon + 0.002, hazard.Lat + 0.002),
            date: "2024-02-01", client: _l.Operator);
        var inbox = (await InboxAsync()).Items;
        Assert.DoesNotContain(inbox, s => s.Id == product.Id);
        var listed = Assert.Single(inbox, s => s.Id == activity.Id);
        Assert.Equal((1d, hazard.Id), (listed.Quantity, listed.HazardId));

        // Approving the activity brings its released land into the year's figures (kept per year and area by the database).
        await using var db = app.Db();
        var year = () => _l.Im.GetAsync<LandReleaseSummary.Summary>("/api/v1/land-release/summary?year=2024");
        var before = (await year()).Released.Sum(r => r.ClearedM2);
        await _l.Im.PostAsync<DecideSubmissions.Decided>("/api/v1/review/decisions",
            new DecideSubmissions.Command([ItemOf(listed)], ReviewDecision.Approve, "Checked"));
        Assert.Equal(before + product.AreaM2, (await year()).Released.Sum(r => r.ClearedM2), 3);
        Assert.Equal(0L, await DbScalar.OfAsync<long>(db, DbScalar.CellsAstray));
    }

    [Fact]
    public async Task An_information_managers_edit_of_a_pending_submission_leaves_it_for_review()
    {
        var hazard = await OperatorHazardAsync();
        var marked = await _l.Im.PostAsync<HazardDetailDto>($"/api/v1/hazardous-areas/{hazard.Summary.Id}/marking", new { markedOn = "2024-02-01" });
        Assert.Equal(ApprovalStatus.Submitted, marked.Summary.ApprovalStatus);
        Assert.Contains((await InboxAsync("&kind=HazardousArea")).Items, s => s.Id == hazard.Summary.Id);
    }

    [Fact]
    public async Task A_bulk_decision_with_one_stale_submission_changes_none_and_a_return_needs_a_comment()
    {
        var first = await OperatorHazardAsync();
        var second = await OperatorHazardAsync();
        var stale = new DecideSubmissions.Item(SubmissionKind.HazardousArea, second.Summary.Id, second.Summary.RowVersion);
        await _l.Operator.PostAsJsonAsync($"/api/v1/hazardous-areas/{second.Summary.Id}/marking", new { markedOn = "2024-02-01" });
        var items = new[] { new DecideSubmissions.Item(SubmissionKind.HazardousArea, first.Summary.Id, first.Summary.RowVersion), stale };

        var refused = await _l.Im.PostAsJsonAsync("/api/v1/review/decisions", new DecideSubmissions.Command(items, ReviewDecision.Approve, null), ApiClient.Json);
        await refused.ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(ApprovalStatus.Submitted, (await _l.Im.GetAsync<HazardDetailDto>($"/api/v1/hazardous-areas/{first.Summary.Id}")).Summary.ApprovalStatus);

        var noComment = await _l.Im.PostAsJsonAsync("/api/v1/review/decisions", new { items = new[] { new { kind = "HazardousArea", id = first.Summary.Id } },
            decision = "Return" });
        Assert.Contains("correct", await noComment.FieldErrorAsync("comment"), StringComparison.Ordinal);
        var twice = await _l.Im.PostAsJsonAsync("/api/v1/review/decisions", new { items = new[] { new { kind = "HazardousArea", id = first.Summary.Id },
            new { kind = "HazardousArea", id = first.Summary.Id } }, decision = "Approve" });
        await twice.FieldErrorAsync("items");
        await (await _l.Im.PostAsJsonAsync("/api/v1/review/decisions", new { items = Array.Empty<object>(), decision = "Approve" })).FieldErrorAsync("items");

        var returned = await _l.Im.PostAsync<DecideSubmissions.Decided>("/api/v1/review/decisions",
            new { items = new[] { new { kind = "HazardousArea", id = first.Summary.Id } }, decision = "Return", comment = "Draw the road edge" });
        Assert.Equal(1, returned.Count);
        var again = await _l.Im.PostAsJsonAsync("/api/v1/review/decisions",
            new { items = new[] { new { kind = "HazardousArea", id = first.Summary.Id } }, decision = "Return", comment = "Again" });
        var problem = await again.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("NOT_SUBMITTED", problem["code"]!.GetValue<string>());
        Assert.Contains("items[0]", problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.OperatorDataEntry)]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.DonorReporting)]
    public async Task Only_reviewers_open_the_inbox(string role)
    {
        var client = app.ClientFor(role);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/review/submissions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/review/counts")).StatusCode);
    }
}
