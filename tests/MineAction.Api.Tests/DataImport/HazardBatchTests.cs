using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.DataImport;
using MineAction.Application.Hazards;
using MineAction.Domain.DataImport;
using MineAction.Domain.Hazards;
using static MineAction.Api.Tests.DataImport.ImportApi;

namespace MineAction.Api.Tests.DataImport;

/// <summary>
/// New hazardous areas take the set-based path (staging table, rules in SQL over the batch, one insert-select): the same rules and the same
/// result as the API, one problem per wrong row, and a commit that writes what the check staged — or refuses what changed meanwhile.
/// </summary>
public sealed class HazardBatchTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private const string Header = "external_id,name,geometry,organisation,evidence,recorded_on,province,district";

    private HttpClient Im => app.ClientFor(Roles.InformationManager);

    private static string Row(string id, (double Lon, double Lat) cell, string province = "", string district = "") =>
        $"{id},Field {id},\"{Square(cell.Lon, cell.Lat)}\",HALO,Direct,2024-02-01,{province},{district}";

    private static byte[] File(params string[] rows) => Csv($"{Header}\n{string.Join("\n", rows)}\n");

    private async Task<bool> StagedAsync(Guid importId)
    {
        await using var db = app.Db();
        return await db.Database.SqlQuery<bool>($"SELECT to_regclass({$"import_staging.hazards_{importId:N}"}) IS NOT NULL AS \"Value\"").SingleAsync();
    }

    [Fact]
    public async Task The_rules_needing_the_database_are_checked_over_the_batch_with_one_problem_per_wrong_row()
    {
        var t = await Tarsenia.LoadAsync(app);
        var held = await Im.PostAsJsonAsync("/api/v1/hazardous-areas", new
        {
            name = "Held id", geometry = Tarsenia.Square(t.Cell(t.Kandara).Lon, t.Cell(t.Kandara).Lat), recordingOrganisationId = t.Halo,
            evidence = "Direct", recordedOn = "2024-01-01", externalImsmaId = "BAT-A-HELD",
        }).ReadAsync<HazardDetailDto>();
        await Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{held.Summary.Id}/archive", new { reason = "Entered twice" }).ReadAsync<HazardDetailDto>();
        var southwest = t.Cell(t.KandaraSouthwest);

        var job = await CheckedAsync(Im, "HazardousAreas", File(
            Row("BAT-A-1", Ledger.NextCell()),
            Row("BAT-A-2", Ledger.NextCell(), province: "XTA-02"),
            Row("BAT-A-3", Ledger.NextCell(), province: "XTA-01", district: "XTA-02-01"),
            Row("BAT-A-4", (2.35, 48.85)),
            Row("BAT-A-HELD", Ledger.NextCell()),
            Row("BAT-A-6", southwest, district: "XTA-01-01")));

        Assert.Equal((ImportState.Invalid, 6, 2), (job.State, job.RowsTotal, job.Created));
        var problems = await ProblemsAsync(Im, job.Id);
        Assert.Equal([3, 4, 5, 6], problems.Select(p => p.Row));
        Assert.Contains(problems, p => p is { Row: 3, Column: "province", Value: "XTA-02", Rule: "LOCATION_OUTSIDE_ADMIN_AREA" }
            && p.Message.Contains("in Kandara (XTA-01)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Row: 4, Column: "district", Rule: "VALIDATION" } && p.Message.Contains("given province", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Row: 5, Column: "geometry", Rule: "VALIDATION" } && p.Message.Contains("outside the programme", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Row: 6, Column: "external_id", Rule: "EXTERNAL_ID_TAKEN" } && p.Message.Contains(held.Summary.Code, StringComparison.Ordinal));
        Assert.False(await StagedAsync(job.Id)); // a check with problems leaves no staging behind
    }

    [Fact]
    public async Task An_imported_hazard_is_placed_measured_and_approved_exactly_as_the_api_registers_it()
    {
        var t = await Tarsenia.LoadAsync(app);
        var (lon, lat) = t.Cell(t.KandaraSouthwest);
        var entered = await Im.PostAsJsonAsync("/api/v1/hazardous-areas", new
        {
            name = "Entered", geometry = Tarsenia.Square(lon, lat), recordingOrganisationId = t.Halo, evidence = "Direct", recordedOn = "2024-02-01",
        }).ReadAsync<HazardDetailDto>();

        var job = await ImportedAsync(Im, "HazardousAreas", $"{Header}\n{Row("BAT-B-1", (lon, lat))}\n");

        await using var db = app.Db();
        var api = await db.HazardousAreas.SingleAsync(h => h.Id == entered.Summary.Id);
        var imported = await db.HazardousAreas.SingleAsync(h => h.ExternalImsmaId == "BAT-B-1");
        Assert.Equal((api.CountryCode, api.ProvinceId, api.DistrictId, api.Status, api.Type, api.ApprovalStatus, api.ReviewComment),
            (imported.CountryCode, imported.ProvinceId, imported.DistrictId, imported.Status, imported.Type, imported.ApprovalStatus, imported.ReviewComment));
        Assert.Equal(t.KandaraSouthwest, imported.DistrictId);
        Assert.Equal(api.AreaM2, imported.AreaM2, 6);
        Assert.True(api.Geometry.EqualsExact(imported.Geometry));
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityId == imported.Id);
        Assert.Equal(("Created", "HazardousArea"), (audit.Action, audit.EntityType));
        Assert.Contains(job.Id.ToString(), audit.Changes, StringComparison.Ordinal);
        Assert.False(await StagedAsync(job.Id)); // the commit drops the staging table
    }

    [Fact]
    public async Task The_commit_writes_what_the_check_staged_in_file_order_and_reads_the_file_again_when_the_staging_was_lost()
    {
        var rows = Enumerable.Range(1, 30).Select(i => Row($"BAT-C-{i:00}", Ledger.NextCell())).ToArray();
        var job = await CheckedAsync(Im, "HazardousAreas", File(rows));
        Assert.True(await StagedAsync(job.Id));
        var committed = await Im.PostAsync($"/api/v1/imports/{job.Id}/commit", null).ReadAsync<ImportJobDto>();
        Assert.Equal((ImportState.Committed, 30), (committed.State, committed.Created));
        await using (var db = app.Db())
        {
            var codes = await db.ImportedRecords.Where(r => r.ImportId == job.Id).OrderBy(r => r.Row)
                .Join(db.HazardousAreas, r => r.EntityId, h => h.Id, (r, h) => h.Code).ToListAsync();
            Assert.Equal(30, codes.Count);
            Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        }

        // A restart empties unlogged tables: the commit then reads and checks the file again.
        var second = await CheckedAsync(Im, "HazardousAreas", File(Row("BAT-C-31", Ledger.NextCell()), Row("BAT-C-32", Ledger.NextCell())));
        await using (var db = app.Db())
        {
            var drop = $"DROP TABLE import_staging.hazards_{second.Id:N}";
            await db.Database.ExecuteSqlRawAsync(drop);
        }

        var again = await Im.PostAsync($"/api/v1/imports/{second.Id}/commit", null).ReadAsync<ImportJobDto>();
        Assert.Equal((ImportState.Committed, 2), (again.State, again.Created));
    }

    [Fact]
    public async Task A_commit_after_admin_areas_changed_finds_the_places_again()
    {
        var t = await Tarsenia.LoadAsync(app);
        var job = await CheckedAsync(Im, "HazardousAreas", File(Row("BAT-F-1", t.Cell(t.KandaraSouthwest))));
        Assert.Equal(ImportState.Valid, job.State);
        await using (var db = app.Db())
        {
            // The place the check found goes stale (as if boundaries were redrawn), and the admin areas change.
            var stale = $"UPDATE import_staging.hazards_{job.Id:N} SET province_id = '{t.Mekhol}', district_id = '{t.MekholSouthwest}'";
            await db.Database.ExecuteSqlRawAsync(stale);
            await db.Database.ExecuteSqlAsync($"UPDATE admin_areas SET updated_at = now() WHERE id = {t.Veyra}");
        }

        var committed = await Im.PostAsync($"/api/v1/imports/{job.Id}/commit", null).ReadAsync<ImportJobDto>();
        Assert.Equal((ImportState.Committed, 1), (committed.State, committed.Created));
        await using var check = app.Db();
        var hazard = await check.HazardousAreas.SingleAsync(h => h.ExternalImsmaId == "BAT-F-1");
        Assert.Equal((t.Kandara, t.KandaraSouthwest), (hazard.ProvinceId, hazard.DistrictId));
    }

    [Fact]
    public async Task An_id_taken_between_check_and_commit_refuses_the_commit_and_writes_nothing()
    {
        var t = await Tarsenia.LoadAsync(app);
        var job = await CheckedAsync(Im, "HazardousAreas", File(Row("BAT-D-1", Ledger.NextCell()), Row("BAT-D-2", Ledger.NextCell())));
        Assert.Equal(ImportState.Valid, job.State);
        var cell = Ledger.NextCell();
        await Im.PostAsJsonAsync("/api/v1/hazardous-areas", new
        {
            name = "Taken meanwhile", geometry = Tarsenia.Square(cell.Lon, cell.Lat), recordingOrganisationId = t.Halo, evidence = "Direct",
            recordedOn = "2024-01-01", externalImsmaId = "BAT-D-2",
        }).ReadAsync<HazardDetailDto>();

        var refused = await Im.PostAsync($"/api/v1/imports/{job.Id}/commit", null);
        Assert.Equal("IMPORT_REFUSED", await refused.RuleAsync());
        var problems = await ProblemsAsync(Im, job.Id);
        Assert.Contains(problems, p => p is { Row: 3, Column: "external_id", Rule: "EXTERNAL_ID_TAKEN" });
        await using var db = app.Db();
        Assert.False(await db.HazardousAreas.AnyAsync(h => h.ExternalImsmaId == "BAT-D-1"));
        Assert.Equal(HazardType.SHA, (await db.HazardousAreas.SingleAsync(h => h.ExternalImsmaId == "BAT-D-2")).Type);
        Assert.Equal(ImportState.Invalid, (await Im.GetAsync<ImportJobDto>($"/api/v1/imports/{job.Id}")).State);
        Assert.False(await StagedAsync(job.Id));
    }

    [Fact]
    public async Task The_staging_of_an_import_nobody_will_commit_is_swept_away()
    {
        var job = await CheckedAsync(Im, "HazardousAreas", File(Row("BAT-E-1", Ledger.NextCell())));
        var kept = await CheckedAsync(Im, "HazardousAreas", File(Row("BAT-E-2", Ledger.NextCell())));
        await Im.PostAsync($"/api/v1/imports/{job.Id}/cancel", null).ReadAsync<ImportJobDto>();

        await app.Services.GetRequiredService<IImportProgress>().DropStaleStagingAsync(CancellationToken.None);

        Assert.False(await StagedAsync(job.Id));
        Assert.True(await StagedAsync(kept.Id)); // still waiting for its commit
    }
}
