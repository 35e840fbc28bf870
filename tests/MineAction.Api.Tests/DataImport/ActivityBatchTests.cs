using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MineAction.Application.DataImport;
using MineAction.Application.LandRelease;
using MineAction.Domain.Common;
using MineAction.Domain.DataImport;
using MineAction.Domain.LandRelease;
using static MineAction.Api.Tests.DataImport.ImportApi;
using static MineAction.Api.Tests.DataImport.LandReleaseImportTests;

namespace MineAction.Api.Tests.DataImport;

/// <summary>
/// New activities take the set-based path (the hazards and used ids of each thousand rows read at once, the API's rules — creation, then
/// start, suspension, completion on the row's dates — in memory, archived organisations and ids taken meanwhile in SQL): the API's result,
/// one problem per wrong row, and a commit that re-reads the file when a hazard changed meanwhile.
/// </summary>
public sealed class ActivityBatchTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private HttpClient Im => app.ClientFor(Roles.InformationManager);

    private static byte[] File(params string[] rows) => Csv($"{Activities}\n{string.Join("\n", rows)}\n");

    /// <summary>A hazard at a fresh cell, imported under <paramref name="external"/> for <paramref name="organisation"/>; its id.</summary>
    private async Task<Guid> HazardAsync(string external, string organisation = "HALO")
    {
        var (a, b) = Ledger.NextCell();
        await ImportedAsync(Im, "HazardousAreas", $"{LandReleaseImportTests.Hazards}\n"
            + string.Create(CultureInfo.InvariantCulture, $"{external},Terraces,SHA,,\"{Square(a, b)}\",{organisation},Indirect,2023-05-01\n"));
        await using var db = app.Db();
        return await db.HazardousAreas.Where(h => h.ExternalImsmaId == external).OrderByDescending(h => h.CreatedAt).Select(h => h.Id).FirstAsync();
    }

    [Fact]
    public async Task An_imported_activity_is_created_started_and_completed_exactly_as_the_api_does_it()
    {
        var hazard = await HazardAsync("AB-A-H");
        var job = await ImportedAsync(Im, "Activities", $"{Activities}\nAB-A-1,AB-A-H,HALO,Clearance,Manual;Mechanical,,2024-01-01,2024-06-30,Completed,2024-01-20,2024-03-31\n");

        await using var db = app.Db();
        var halo = await db.Organisations.Where(o => o.Acronym == "HALO").Select(o => o.Id).FirstAsync();
        var entered = await Im.PostAsJsonAsync("/api/v1/activities", new
        {
            hazardousAreaId = hazard, organisationId = halo, type = "Clearance", methods = new[] { "Manual", "Mechanical" },
            plannedStart = "2024-01-01", plannedEnd = "2024-06-30",
        }).ReadAsync<ActivityDto>();
        await Im.PostAsJsonAsync($"/api/v1/activities/{entered.Id}/status", new { status = "InProgress", date = "2024-01-20" }).ReadAsync<ActivityDto>();
        await Im.PostAsJsonAsync($"/api/v1/activities/{entered.Id}/status", new { status = "Completed", date = "2024-03-31" }).ReadAsync<ActivityDto>();

        var api = await db.Activities.SingleAsync(x => x.Id == entered.Id);
        var imported = await db.Activities.SingleAsync(x => x.ExternalImsmaId == "AB-A-1");
        Assert.Equal(
            (api.HazardousAreaId, api.OrganisationId, api.Type, api.Status, api.SpecifiedDepthCm, api.Teams, api.PlannedStart, api.PlannedEnd,
                api.ActualStart, api.ActualEnd, api.ApprovalStatus, api.ReviewComment),
            (imported.HazardousAreaId, imported.OrganisationId, imported.Type, imported.Status, imported.SpecifiedDepthCm, imported.Teams,
                imported.PlannedStart, imported.PlannedEnd, imported.ActualStart, imported.ActualEnd, imported.ApprovalStatus, imported.ReviewComment));
        Assert.Equal(api.Methods, imported.Methods);
        var audit = await db.AuditEntries.SingleAsync(e => e.EntityId == imported.Id);
        Assert.Equal(("Created", "LandReleaseActivity"), (audit.Action, audit.EntityType));
        Assert.Contains(job.Id.ToString(), audit.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hazards_named_ambiguously_or_closed_organisations_archived_and_work_started_in_the_future_are_refused_row_by_row()
    {
        await HazardAsync("AB-B-SHARED");
        await HazardAsync("AB-B-SHARED", "MAG");
        var archived = await HazardAsync("AB-B-GONE");
        await Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{archived}/archive", new { reason = "Entered twice" }).ReadAsync<object>();
        await HazardAsync("AB-B-H");
        await ImportedAsync(Im, "Organisations", "name,acronym,type,country,external_id\nClosed Demining,CLD,NationalNgo,XTA,ORG-CLD-1\n");
        await using (var db = app.Db())
        {
            var closed = await db.Organisations.Where(o => o.Acronym == "CLD").Select(o => o.Id).SingleAsync();
            await Im.PostAsJsonAsync($"/api/v1/organisations/{closed}/archive", new { reason = "Disbanded" }).ReadAsync<object>();
        }

        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var job = await CheckedAsync(Im, "Activities", File(
            "AB-B-1,AB-B-H,HALO,NTS,,,,,InProgress,2024-01-20,",
            "AB-B-2,AB-B-SHARED,HALO,NTS,,,,,Planned,,",
            "AB-B-3,AB-B-GONE,HALO,NTS,,,,,Planned,,",
            "AB-B-4,AB-B-H,CLD,NTS,,,,,Planned,,",
            $"AB-B-5,AB-B-H,HALO,NTS,,,,,InProgress,{tomorrow},",
            "AB-B-6,AB-B-H,HALO,NTS,,,,,Completed,2024-03-01,2024-02-01"));

        Assert.Equal((ImportState.Invalid, 6), (job.State, job.RowsTotal));
        var problems = await ProblemsAsync(Im, job.Id);
        Assert.Equal([3, 4, 5, 6, 7], problems.Select(p => p.Row));
        Assert.Contains(problems, p => p is { Row: 3, Column: "hazard", Rule: "IMPORT_REFERENCE_AMBIGUOUS" });
        Assert.Contains(problems, p => p is { Row: 4, Column: "hazard", Rule: "HAZARD_NOT_OPEN" });
        Assert.Contains(problems, p => p is { Row: 5, Column: "organisation", Value: "CLD", Rule: "VALIDATION" });
        Assert.Contains(problems, p => p is { Row: 6, Rule: "DATE_IN_FUTURE" });
        Assert.Contains(problems, p => p is { Row: 7, Rule: "DATE_ORDER" });
        await using var after = app.Db();
        Assert.False(await after.Activities.IgnoreQueryFilters().AnyAsync(x => x.ExternalImsmaId!.StartsWith("AB-B-")));
    }

    [Fact]
    public async Task A_hazard_archived_after_the_check_has_the_commit_read_the_file_again_and_refuse_its_activities()
    {
        var hazard = await HazardAsync("AB-C-H");
        var job = await CheckedAsync(Im, "Activities", File("AB-C-1,AB-C-H,HALO,NTS,,,,,Planned,,"));
        Assert.Equal(ImportState.Valid, job.State);
        await Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{hazard}/archive", new { reason = "Not a hazard" }).ReadAsync<object>();

        var refused = await Im.PostAsync($"/api/v1/imports/{job.Id}/commit", null);
        Assert.Equal("IMPORT_REFUSED", await refused.RuleAsync());
        Assert.Contains(await ProblemsAsync(Im, job.Id), p => p is { Row: 2, Column: "hazard", Rule: "HAZARD_NOT_OPEN" });
        await using var db = app.Db();
        Assert.False(await db.Activities.IgnoreQueryFilters().AnyAsync(x => x.ExternalImsmaId == "AB-C-1"));
    }

    [Fact]
    public async Task More_rows_than_one_chunk_are_created_together_and_a_later_file_updates_them_through_the_api()
    {
        await HazardAsync("AB-D-H");
        var rows = Enumerable.Range(0, 1_100).Select(i => $"AB-D-{i:0000},AB-D-H,HALO,TS,,,,,InProgress,2024-02-01,").ToArray();
        var job = await CheckedAsync(Im, "Activities", File(rows), "activities.csv");
        Assert.Equal(ImportState.Valid, job.State);
        var committed = await Im.PostAsync($"/api/v1/imports/{job.Id}/commit", null).ReadAsync<ImportJobDto>();
        Assert.Equal((ImportState.Committed, 1_100), (committed.State, committed.Created));

        var later = await ImportedAsync(Im, "Activities", $"{Activities}\nAB-D-0000,AB-D-H,HALO,TS,,,,,Completed,2024-02-01,2024-02-20\nAB-D-0001,AB-D-H,HALO,TS,,,,,InProgress,2024-02-01,\n");
        Assert.Equal((0, 1, 1), (later.Created, later.Updated, later.Unchanged));
        await using var db = app.Db();
        var statuses = await db.Activities.Where(x => x.ExternalImsmaId!.StartsWith("AB-D-")).GroupBy(x => x.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);
        Assert.Equal(new Dictionary<ActivityStatus, int> { [ActivityStatus.InProgress] = 1_099, [ActivityStatus.Completed] = 1 }, statuses);
        Assert.Equal(ApprovalStatus.Approved, (await db.Activities.FirstAsync(x => x.ExternalImsmaId == "AB-D-0500")).ApprovalStatus);
    }
}
