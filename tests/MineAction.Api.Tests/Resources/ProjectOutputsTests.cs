using MineAction.Application.People;
using MineAction.Application.Resources;

namespace MineAction.Api.Tests.Resources;

/// <summary>A project's outputs come from the ledger (linked activities, EORE sessions, VA services), never typed in; cost per m² follows.</summary>
public sealed class ProjectOutputsTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Funding _f = new(app);
    private readonly Ledger _l = new(app);

    private async Task<ProjectDto> LinkAsync(Guid project, string kind, Guid target, HttpClient? client = null) =>
        await (client ?? _f.Donor).PostAsJsonAsync($"/api/v1/projects/{project}/links", new { kind, targetId = target }).ReadAsync<ProjectDto>();

    /// <summary>A project paid 50,000 USD (40,000 disbursed, 30,000 spent) with a clearance and two EORE sessions linked, one of them unapproved.</summary>
    private Task<(ProjectDto Project, double ClearedM2)> LinkedProjectAsync() => app.OnceAsync("linked project", async () =>
    {
        var t = await Tarsenia.LoadAsync(app);
        var project = (await _f.ProjectAsync()).Id;
        var hazard = await _l.HazardAsync();
        var activity = await _l.ActivityAsync(hazard.Id);
        var clearedM2 = (await _l.ReleaseOkAsync(activity, Ledger.Rectangle(hazard.Lon, hazard.Lat, hazard.Lon + 0.005, hazard.Lat + 0.01))).AreaM2;
        await LinkAsync(project, "Activity", activity.Id);

        var approved = await _l.Im.PostAsync<EoreSessionDto>("/api/v1/eore-sessions", RequestBodies.EoreSession(t, t.Veyra, t.Halo, 12, 10, 8, 6));
        var pending = await _l.Operator.PostAsync<EoreSessionDto>("/api/v1/eore-sessions", RequestBodies.EoreSession(t, t.Veyra, t.Halo, 100, 100, 100, 100));
        await LinkAsync(project, "EoreSession", approved.Id);
        // A donor sees approved sessions only; the NMAA links the pending one (it counts once approved).
        await LinkAsync(project, "EoreSession", pending.Id, _l.Im);

        var contribution = await _f.ContributionAsync(await _f.FundAsync(), project);
        await _f.RecordOkAsync(contribution, "IncomingFunds", 50_000m);
        await _f.RecordOkAsync(contribution, "Disbursement", 40_000m);
        await _f.RecordOkAsync(contribution, "Expenditure", 30_000m);
        return (await _f.Donor.GetAsync<ProjectDto>($"/api/v1/projects/{project}"), clearedM2);
    });

    [Fact]
    public async Task Released_land_comes_from_the_linked_activities()
    {
        var (project, clearedM2) = await LinkedProjectAsync();
        Assert.Equal(clearedM2, project.Outputs.ClearedM2, 3);
        Assert.Equal(0, project.Outputs.CancelledM2);
    }

    [Fact]
    public async Task People_reached_count_approved_sessions_only()
    {
        var (project, _) = await LinkedProjectAsync();
        Assert.Equal(36, project.Outputs.EoreReached.Total);
    }

    [Fact]
    public async Task Money_is_summed_in_usd_from_the_transactions()
    {
        var (project, _) = await LinkedProjectAsync();
        Assert.Equal((30_000m, 40_000m), (project.SpentUsd, project.DisbursedUsd));
        Assert.Contains(project.FundingSources, s => s.StartsWith("GoJ via Fund", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cost_per_square_metre_and_per_beneficiary_follow_from_spending_and_outputs()
    {
        var (project, clearedM2) = await LinkedProjectAsync();
        Assert.Equal(Math.Round(30_000m / (decimal)clearedM2, 2, MidpointRounding.AwayFromZero), project.CostPerM2Usd);
        Assert.Equal(Math.Round(30_000m / 36, 2, MidpointRounding.AwayFromZero), project.CostPerBeneficiaryUsd);
    }

    [Fact]
    public async Task A_link_must_point_at_a_real_record() =>
        await (await _f.Donor.PostAsJsonAsync($"/api/v1/projects/{(await _f.ProjectAsync()).Id}/links", new { kind = "Activity", targetId = Guid.NewGuid() }))
            .FieldErrorAsync("targetId");

    [Fact]
    public async Task A_project_code_is_unique()
    {
        var created = await _f.ProjectAsync();
        var duplicate = await _f.Donor.PostAsJsonAsync("/api/v1/projects", new
        {
            code = created.Code, title = "Again", implementingOrganisationId = created.ImplementingOrganisationId, startDate = "2024-01-01",
            endDate = "2024-12-31", budget = 1m, budgetCurrency = "USD",
        });
        await duplicate.ProblemAsync(HttpStatusCode.Conflict);
    }

    private static object Edit(ProjectDto project, string start = "2023-01-01", string end = "2026-12-31") => new
    {
        title = "Clearance of the northern rice fields, phase 2", implementingOrganisationId = project.ImplementingOrganisationId,
        startDate = start, endDate = end, budget = 750_000m, budgetCurrency = "USD",
    };

    [Fact]
    public async Task An_edit_needs_the_current_version()
    {
        var project = await _f.ProjectAsync();
        var etag = (await _f.Donor.GetAsync($"/api/v1/projects/{project.Id}")).Headers.ETag!.Tag;
        var saved = await _f.Donor.PutJsonAsync($"/api/v1/projects/{project.Id}", Edit(project), etag).ReadAsync<ProjectDto>();
        Assert.Equal(750_000m, saved.Budget);
        await (await _f.Donor.PutJsonAsync($"/api/v1/projects/{project.Id}", Edit(project), etag)).ProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task A_project_ends_after_it_starts()
    {
        var project = await _f.ProjectAsync();
        var etag = (await _f.Donor.GetAsync($"/api/v1/projects/{project.Id}")).Headers.ETag!.Tag;
        await (await _f.Donor.PutJsonAsync($"/api/v1/projects/{project.Id}", Edit(project, "2026-01-01", "2025-01-01"), etag)).FieldErrorAsync("endDate");
    }

    [Fact]
    public async Task Viewers_do_not_link_work_to_projects()
    {
        var viewer = await app.ClientFor(Roles.Viewer).PostAsJsonAsync($"/api/v1/projects/{(await _f.ProjectAsync()).Id}/links", new { kind = "Task", targetId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.Forbidden, viewer.StatusCode);
    }
}
