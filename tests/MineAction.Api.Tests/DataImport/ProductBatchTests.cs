using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MineAction.Application.DataImport;
using MineAction.Application.LandRelease;
using MineAction.Domain.Common;
using MineAction.Domain.DataImport;
using static MineAction.Api.Tests.DataImport.ImportApi;
using static MineAction.Api.Tests.DataImport.LandReleaseImportTests;

namespace MineAction.Api.Tests.DataImport;

/// <summary>
/// New released land takes the set-based path (the activities of each thousand rows read at once, the domain's rules in memory, what
/// needs the other land of the hazard measured in SQL over the batch under a lock on the hazards): the API's rules and result, one problem
/// per wrong row — rows of one file overlapping each other too — and a commit that re-reads the file when the hazards changed meanwhile.
/// </summary>
public sealed class ProductBatchTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private HttpClient Im => app.ClientFor(Roles.InformationManager);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Row(string id, string activity, string polygon, string date = "2024-02-01") =>
        $"{id},{activity},HALO,Cleared,\"{polygon}\",20,{date}";

    private static byte[] File(params string[] rows) => Csv($"{Products}\n{string.Join("\n", rows)}\n");

    private Task<(double Lon, double Lat, string Activity)> ClearanceAsync(string prefix, HttpClient? client = null) =>
        ImportApi.ClearanceAsync(Im, prefix, client);

    private async Task<bool> StagedAsync(Guid importId)
    {
        await using var db = app.Db();
        return await db.Database.SqlQuery<bool>($"SELECT to_regclass({$"import_staging.products_{importId:N}"}) IS NOT NULL AS \"Value\"").SingleAsync();
    }

    [Fact]
    public async Task Land_inside_the_hazard_and_clear_of_land_released_before_or_earlier_in_the_file_is_checked_over_the_batch()
    {
        var (a, b, activity) = await ClearanceAsync("PB-A");
        await ImportedAsync(Im, "ReleasedLand", $"{Products}\n{Row("PB-A-OLD", activity, Square(a, b, 0.002))}\n");

        var job = await CheckedAsync(Im, "ReleasedLand", File(
            Row("PB-A-1", activity, Square(a + 0.003, b, 0.002)),
            Row("PB-A-2", activity, Square(a + 0.004, b, 0.002)),
            Row("PB-A-3", activity, Square(a + 0.001, b + 0.001, 0.002)),
            Row("PB-A-4", activity, Square(a + 0.009, b + 0.009, 0.003)),
            Row("PB-A-5", activity, Square(a + 0.006, b + 0.006, 0.002), date: "2023-12-31"),
            Row("PB-A-6", "PB-A-NONE", Square(a + 0.006, b + 0.006, 0.002))));

        Assert.Equal((ImportState.Invalid, 6), (job.State, job.RowsTotal));
        var problems = await ProblemsAsync(Im, job.Id);
        Assert.Equal([3, 4, 5, 6, 7], problems.Select(p => p.Row));
        Assert.Contains(problems, p => p is { Row: 3, Column: "geometry", Rule: "PRODUCT_OVERLAPS_RELEASED_LAND" }); // the file's row 2
        Assert.Contains(problems, p => p is { Row: 4, Column: "geometry", Rule: "PRODUCT_OVERLAPS_RELEASED_LAND" }); // land recorded before
        Assert.Contains(problems, p => p is { Row: 5, Column: "geometry", Rule: "PRODUCT_OUTSIDE_HAZARD" });
        Assert.Contains(problems, p => p is { Row: 6, Column: "release_date", Rule: "RELEASE_DATE_OUTSIDE_ACTIVITY" });
        Assert.Contains(problems, p => p is { Row: 7, Column: "activity", Rule: "IMPORT_REFERENCE_UNKNOWN", Value: "PB-A-NONE" });
        Assert.False(await StagedAsync(job.Id));
        await using var db = app.Db();
        Assert.Equal(1, await db.Products.IgnoreQueryFilters().CountAsync(p => p.ExternalImsmaId!.StartsWith("PB-A-")));
    }

    [Fact]
    public async Task Imported_land_is_measured_approved_audited_and_counted_as_the_api_records_it()
    {
        var (a, b, activity) = await ClearanceAsync("PB-B");
        var job = await ImportedAsync(Im, "ReleasedLand", $"{Products}\n{Row("PB-B-1", activity, Square(a, b, 0.004))}\n");

        // The same square beside it, at the same latitude: the same area on the ellipsoid.
        var entered = await Im.PostAsJsonAsync($"/api/v1/activities/{await ActivityIdAsync(activity)}/products", new
        {
            geometry = Tarsenia.Square(a + 0.005, b, 0.004), outcome = "Cleared", clearedDepthCm = 20, releaseDate = "2024-02-01",
        }).ReadAsync<ProductDto>();

        await using var db = app.Db();
        var api = await db.Products.SingleAsync(p => p.Id == entered.Id);
        var imported = await db.Products.SingleAsync(p => p.ExternalImsmaId == "PB-B-1");
        Assert.Equal((api.ActivityId, api.HazardousAreaId, api.OrganisationId, api.ApprovalStatus, api.ReviewComment, api.ClearedDepthCm),
            (imported.ActivityId, imported.HazardousAreaId, imported.OrganisationId, imported.ApprovalStatus, imported.ReviewComment, imported.ClearedDepthCm));
        Assert.Equal(api.AreaM2, imported.AreaM2, 3);
        var audit = await db.AuditEntries.SingleAsync(e => e.EntityId == imported.Id);
        Assert.Equal(("Created", "LandReleaseProduct"), (audit.Action, audit.EntityType));
        Assert.Contains(job.Id.ToString(), audit.Changes, StringComparison.Ordinal);
        var release = await Im.GetAsync<GetLandRelease.LandReleaseDto>($"/api/v1/hazardous-areas/{imported.HazardousAreaId}/land-release");
        Assert.Equal(api.AreaM2 + imported.AreaM2, release.Approved.ClearedM2, 3);
        Assert.False(await StagedAsync(job.Id));
    }

    [Fact]
    public async Task An_operators_land_awaits_review_and_puts_a_returned_report_back_in_review()
    {
        var op = app.ClientFor(Roles.OperatorDataEntry);
        var (a, b, activity) = await ClearanceAsync("PB-C", op);
        var id = await ActivityIdAsync(activity);
        await Im.PostAsJsonAsync($"/api/v1/activities/{id}/return", new { comment = "Give the method per lane" }).ReadAsync<ActivityDto>();

        await ImportedAsync(op, "ReleasedLand", $"{Products}\n{Row("PB-C-1", activity, Square(a, b, 0.004))}\n");

        await using var db = app.Db();
        Assert.Equal(ApprovalStatus.Submitted, (await db.Products.SingleAsync(p => p.ExternalImsmaId == "PB-C-1")).ApprovalStatus);
        Assert.Equal(ApprovalStatus.Submitted, (await db.Activities.SingleAsync(x => x.Id == id)).ApprovalStatus);
        var resubmitted = await db.AuditEntries.Where(e => e.EntityId == id).OrderBy(e => e.OccurredAt).LastAsync();
        Assert.Equal("Updated", resubmitted.Action);
        Assert.Contains("\"approvalStatus\"", resubmitted.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Land_released_on_the_hazard_after_the_check_has_the_commit_read_the_file_again_and_refuse_the_overlap()
    {
        var (a, b, activity) = await ClearanceAsync("PB-D");
        var job = await CheckedAsync(Im, "ReleasedLand", File(Row("PB-D-1", activity, Square(a, b, 0.004))));
        Assert.Equal(ImportState.Valid, job.State);
        await Im.PostAsJsonAsync($"/api/v1/activities/{await ActivityIdAsync(activity)}/products", new
        {
            geometry = Tarsenia.Square(a + 0.002, b + 0.002, 0.004), outcome = "Cleared", clearedDepthCm = 20, releaseDate = "2024-02-01",
        }).ReadAsync<ProductDto>();

        var refused = await Im.PostAsync($"/api/v1/imports/{job.Id}/commit", null);
        Assert.Equal("IMPORT_REFUSED", await refused.RuleAsync());
        Assert.Contains(await ProblemsAsync(Im, job.Id), p => p is { Row: 2, Column: "geometry", Rule: "PRODUCT_OVERLAPS_RELEASED_LAND" });
        await using var db = app.Db();
        Assert.False(await db.Products.IgnoreQueryFilters().AnyAsync(p => p.ExternalImsmaId == "PB-D-1"));
    }

    [Fact]
    public async Task An_id_taken_elsewhere_between_check_and_commit_refuses_the_commit_and_writes_nothing()
    {
        var (a, b, activity) = await ClearanceAsync("PB-E");
        var (c, d, other) = await ClearanceAsync("PB-E2");
        var job = await CheckedAsync(Im, "ReleasedLand", File(Row("PB-E-1", activity, Square(a, b, 0.002)), Row("PB-E-2", activity, Square(a + 0.003, b, 0.002))));
        Assert.Equal(ImportState.Valid, job.State);
        await Im.PostAsJsonAsync($"/api/v1/activities/{await ActivityIdAsync(other)}/products", new
        {
            geometry = Tarsenia.Square(c, d, 0.002), outcome = "Cleared", clearedDepthCm = 20, releaseDate = "2024-02-01", externalImsmaId = "PB-E-2",
        }).ReadAsync<ProductDto>();

        var refused = await Im.PostAsync($"/api/v1/imports/{job.Id}/commit", null);
        Assert.Equal("IMPORT_REFUSED", await refused.RuleAsync());
        Assert.Contains(await ProblemsAsync(Im, job.Id), p => p is { Row: 3, Column: "external_id", Rule: "EXTERNAL_ID_TAKEN" });
        await using var db = app.Db();
        Assert.False(await db.Products.IgnoreQueryFilters().AnyAsync(p => p.ExternalImsmaId == "PB-E-1"));
        Assert.False(await StagedAsync(job.Id));
    }

    [Fact]
    public async Task A_file_of_more_rows_than_one_chunk_is_staged_in_several_copies_and_committed_whole()
    {
        var (a, b, activity) = await ClearanceAsync("PB-F");
        const int Side = 34; // 0.0002° squares 0.00028° apart: 1,156 of them inside the 0.01° hazard
        var rows = Enumerable.Range(0, 1_100).Select(i =>
            Row($"PB-F-{i:0000}", activity, Square(a + 0.0002 + (i % Side * 0.00028), b + 0.0002 + (i / Side * 0.00028), 0.0002))).ToArray();

        var job = await CheckedAsync(Im, "ReleasedLand", File(rows), "products.csv");
        Assert.True(job.State == ImportState.Valid, string.Join("; ", (await ProblemsAsync(Im, job.Id)).Take(5).Select(p => $"{p.Row} {p.Rule} {p.Message}")));
        var committed = await Im.PostAsync($"/api/v1/imports/{job.Id}/commit", null).ReadAsync<ImportJobDto>();
        Assert.Equal((ImportState.Committed, 1_100), (committed.State, committed.Created));

        await using var db = app.Db();
        var written = await db.Products.Where(p => p.ExternalImsmaId!.StartsWith("PB-F-")).ToListAsync();
        Assert.Equal(1_100, written.Count);
        var release = await Im.GetAsync<GetLandRelease.LandReleaseDto>($"/api/v1/hazardous-areas/{written[0].HazardousAreaId}/land-release");
        Assert.Equal(written.Sum(p => p.AreaM2), release.Approved.ClearedM2, 3);
    }

    private async Task<Guid> ActivityIdAsync(string external)
    {
        await using var db = app.Db();
        return await db.Activities.IgnoreQueryFilters().Where(x => x.ExternalImsmaId == external).Select(x => x.Id).SingleAsync();
    }
}
