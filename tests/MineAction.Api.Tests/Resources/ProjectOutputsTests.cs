
namespace MineAction.Api.Tests.Resources;

/// <summary>A project's outputs come from the ledger (linked activities, EORE sessions, VA services), never typed in; cost per m² follows.</summary>
public sealed class ProjectOutputsTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Funding _f = new(app);
    private readonly Ledger _l = new(app);

    private async Task<JsonObject> LinkAsync(Guid project, string kind, Guid target, HttpClient? client = null)
    {
        var response = await (client ?? _f.Donor).PostAsJsonAsync($"/api/v1/projects/{project}/links", new { kind, targetId = target });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    [Fact]
    public async Task Outputs_and_costs_are_computed_from_linked_work()
    {
        var t = await Tarsenia.LoadAsync(app);
        var project = (await _f.ProjectAsync())["id"]!.GetValue<Guid>();
        var hazard = await _l.HazardAsync();
        var activity = await _l.ActivityAsync(hazard.Id);
        var released = await _l.ReleaseAsync(activity, Ledger.Rectangle(hazard.Lon, hazard.Lat, hazard.Lon + 0.005, hazard.Lat + 0.01));
        Assert.Equal(HttpStatusCode.Created, released.StatusCode);
        var clearedM2 = (await released.JsonAsync())["areaM2"]!.GetValue<double>();
        await LinkAsync(project, "Activity", activity["id"]!.GetValue<Guid>());

        var approved = await (await _l.Im.PostAsJsonAsync("/api/v1/eore-sessions", RequestBodies.EoreSession(t.Veyra, t.Halo, 12, 10, 8, 6))).JsonAsync();
        var pending = await (await _l.Operator.PostAsJsonAsync("/api/v1/eore-sessions", RequestBodies.EoreSession(t.Veyra, t.Halo, 100, 100, 100, 100))).JsonAsync();
        await LinkAsync(project, "EoreSession", approved["id"]!.GetValue<Guid>());
        // A donor sees approved sessions only; the NMAA links the pending one (it counts once approved).
        await LinkAsync(project, "EoreSession", pending["id"]!.GetValue<Guid>(), _l.Im);

        var fund = await _f.FundAsync();
        var contribution = await _f.ContributionAsync(fund, project);
        await _f.RecordOkAsync(contribution, "IncomingFunds", 50_000m);
        await _f.RecordOkAsync(contribution, "Disbursement", 40_000m);
        await _f.RecordOkAsync(contribution, "Expenditure", 30_000m);

        var dto = await (await _f.Donor.GetAsync($"/api/v1/projects/{project}")).JsonAsync();
        var outputs = dto["outputs"]!;
        Assert.Equal(clearedM2, outputs["clearedM2"]!.GetValue<double>(), 3);
        Assert.Equal(0, outputs["cancelledM2"]!.GetValue<double>());
        Assert.Equal(36, outputs["eoreReached"]!["total"]!.GetValue<int>());
        Assert.Equal(30_000m, dto["spentUsd"]!.GetValue<decimal>());
        Assert.Equal(40_000m, dto["disbursedUsd"]!.GetValue<decimal>());
        Assert.Equal(Math.Round(30_000m / (decimal)clearedM2, 2, MidpointRounding.AwayFromZero), dto["costPerM2Usd"]!.GetValue<decimal>());
        Assert.Equal(Math.Round(30_000m / 36, 2, MidpointRounding.AwayFromZero), dto["costPerBeneficiaryUsd"]!.GetValue<decimal>());
        Assert.Contains(dto["fundingSources"]!.AsArray(), s => s!.GetValue<string>().StartsWith("GoJ via Fund", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Links_must_point_at_real_records_and_edits_need_the_current_version()
    {
        var created = await _f.ProjectAsync();
        var project = created["id"]!.GetValue<Guid>();
        await (await _f.Donor.PostAsJsonAsync($"/api/v1/projects/{project}/links", new { kind = "Activity", targetId = Guid.NewGuid() })).FieldErrorAsync("targetId");
        var code = created["code"]!.GetValue<string>();
        var duplicate = await _f.Donor.PostAsJsonAsync("/api/v1/projects", new
        {
            code, title = "Again", implementingOrganisationId = created["implementingOrganisationId"], startDate = "2024-01-01", endDate = "2024-12-31",
            budget = 1m, budgetCurrency = "USD",
        });
        await duplicate.ProblemAsync(HttpStatusCode.Conflict);

        var get = await _f.Donor.GetAsync($"/api/v1/projects/{project}");
        var etag = get.Headers.ETag!.Tag;
        var body = new
        {
            title = "Clearance of the northern rice fields, phase 2", implementingOrganisationId = created["implementingOrganisationId"],
            startDate = "2023-01-01", endDate = "2026-12-31", budget = 750_000m, budgetCurrency = "USD",
        };
        var saved = await _f.Donor.PutJsonAsync($"/api/v1/projects/{project}", body, etag);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        await (await _f.Donor.PutJsonAsync($"/api/v1/projects/{project}", body, etag)).ProblemAsync(HttpStatusCode.PreconditionFailed);
        var backwards = new { body.title, body.implementingOrganisationId, startDate = "2026-01-01", endDate = "2025-01-01", body.budget, body.budgetCurrency };
        await (await _f.Donor.PutJsonAsync($"/api/v1/projects/{project}", backwards, saved.Headers.ETag!.Tag)).FieldErrorAsync("endDate");
        var viewer = await app.ClientFor(Roles.Viewer).PostAsJsonAsync($"/api/v1/projects/{project}/links", new { kind = "Task", targetId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.Forbidden, viewer.StatusCode);
    }
}
