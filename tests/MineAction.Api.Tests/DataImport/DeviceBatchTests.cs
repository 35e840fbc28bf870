using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MineAction.Application.DataImport;
using MineAction.Application.LandRelease;
using MineAction.Domain.DataImport;
using MineAction.Domain.LandRelease;
using static MineAction.Api.Tests.DataImport.ImportApi;
using static MineAction.Api.Tests.DataImport.LandReleaseImportTests;

namespace MineAction.Api.Tests.DataImport;

/// <summary>
/// New devices found take the set-based path (the activities, released land and used ids of each thousand rows read at once, the API's
/// rules in memory, locations outside the country and ids taken meanwhile in SQL): the API's result and one problem per wrong row.
/// </summary>
public sealed class DeviceBatchTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private HttpClient Im => app.ClientFor(Roles.InformationManager);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static byte[] File(params string[] rows) => Csv($"{Devices}\n{string.Join("\n", rows)}\n");

    /// <summary>A clearance activity (see <see cref="ImportApi.ClearanceAsync"/>) with released land <c>{prefix}-P</c> in its hazard's corner.</summary>
    private async Task<(double Lon, double Lat, string Activity)> ClearedAsync(string prefix)
    {
        var (a, b, activity) = await ClearanceAsync(Im, prefix);
        await ImportedAsync(Im, "ReleasedLand", $"{Products}\n" + F($"{prefix}-P,{activity},HALO,Cleared,\"{Square(a, b, 0.004)}\",20,2024-02-01\n"));
        return (a, b, activity);
    }

    private async Task<Guid> ActivityIdAsync(string external)
    {
        await using var db = app.Db();
        return await db.Activities.Where(x => x.ExternalImsmaId == external).Select(x => x.Id).FirstAsync();
    }

    [Fact]
    public async Task An_imported_device_and_its_disposal_are_recorded_exactly_as_the_api_records_them()
    {
        var (a, b, activity) = await ClearedAsync("DB-A");
        var job = await ImportedAsync(Im, "Devices", $"{Devices}\n"
            + F($"DB-A-1,{activity},HALO,DB-A-P,AntiPersonnelMine,PMN-2,3,{a + 0.001},{b + 0.001},Intact,2024-03-01,DestroyedInSitu,2024-03-02\n"));
        await using var db = app.Db();
        var imported = await db.Devices.SingleAsync(d => d.ExternalImsmaId == "DB-A-1");
        var entered = await Im.PostAsJsonAsync($"/api/v1/activities/{await ActivityIdAsync(activity)}/devices", new
        {
            productId = imported.ProductId, category = "AntiPersonnelMine", model = "PMN-2", quantity = 3,
            location = new { type = "Point", coordinates = new[] { a + 0.001, b + 0.001 } }, condition = "Intact", foundOn = "2024-03-01",
            disposalMethod = "DestroyedInSitu", disposedOn = "2024-03-02",
        }).ReadAsync<DeviceDto>();

        var api = await db.Devices.SingleAsync(d => d.Id == entered.Id);
        Assert.Equal(
            (api.ActivityId, api.OrganisationId, api.HazardousAreaId, api.ProductId, api.Category, api.Model, api.Quantity, api.Condition, api.FoundOn,
                api.DisposalMethod, api.DisposedOn, api.ApprovalStatus, api.ReviewComment),
            (imported.ActivityId, imported.OrganisationId, imported.HazardousAreaId, imported.ProductId, imported.Category, imported.Model, imported.Quantity,
                imported.Condition, imported.FoundOn, imported.DisposalMethod, imported.DisposedOn, imported.ApprovalStatus, imported.ReviewComment));
        Assert.True(api.Location!.EqualsExact(imported.Location));
        var audit = await db.AuditEntries.SingleAsync(e => e.EntityId == imported.Id);
        Assert.Equal(("Created", "DeviceFound"), (audit.Action, audit.EntityType));
        Assert.Contains(job.Id.ToString(), audit.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Devices_naming_other_land_an_ambiguous_activity_a_place_abroad_or_dates_out_of_order_are_refused_row_by_row()
    {
        var (a, b, activity) = await ClearedAsync("DB-B");
        await ClearedAsync("DB-B2");
        await ImportedAsync(Im, "Activities", $"{Activities}\n{activity},DB-B-H,MAG,NTS,,,,,Planned,,\n"); // the same external id at MAG
        var (x, y) = (a + 0.001, b + 0.001);

        var job = await CheckedAsync(Im, "Devices", File(
            F($"DB-B-1,{activity},HALO,DB-B2-P,Submunition,,1,{x},{y},,2024-03-01,,"),
            F($"DB-B-2,{activity},,,Submunition,,1,{x},{y},,2024-03-01,,"),
            "DB-B-3," + activity + ",HALO,,Submunition,,1,2.35,48.85,,2024-03-01,,",
            F($"DB-B-4,{activity},HALO,,Submunition,,1,{x},{y},,2024-03-01,DestroyedInSitu,2024-02-01"),
            F($"DB-B-5,{activity},HALO,,Submunition,,0,{x},{y},,2024-03-01,,"),
            F($"DB-B-6,{activity},HALO,DB-NONE,Submunition,,1,{x},{y},,2024-03-01,,"),
            F($"DB-B-7,{activity},HALO,DB-B-P,Submunition,,1,{x},{y},,2024-03-01,,")));

        Assert.Equal((ImportState.Invalid, 7), (job.State, job.RowsTotal));
        var problems = await ProblemsAsync(Im, job.Id);
        Assert.Equal([2, 3, 4, 5, 6, 7], problems.Select(p => p.Row));
        Assert.Contains(problems, p => p is { Row: 2, Column: "released_land", Rule: "VALIDATION" });
        Assert.Contains(problems, p => p is { Row: 3, Column: "organisation", Rule: "IMPORT_REFERENCE_AMBIGUOUS" });
        Assert.Contains(problems, p => p is { Row: 4, Column: "location", Rule: "VALIDATION" } && p.Message.Contains("outside the programme", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Row: 5, Column: "disposed_on", Rule: "DATE_ORDER" });
        Assert.Contains(problems, p => p is { Row: 6, Column: "quantity" });
        Assert.Contains(problems, p => p is { Row: 7, Column: "released_land", Rule: "IMPORT_REFERENCE_UNKNOWN", Value: "DB-NONE" });
        await using var db = app.Db();
        Assert.False(await db.Devices.IgnoreQueryFilters().AnyAsync(d => d.ExternalImsmaId!.StartsWith("DB-B-")));
    }

    [Fact]
    public async Task More_rows_than_one_chunk_are_recorded_together_and_a_later_file_adds_a_disposal_through_the_api()
    {
        var (a, b, activity) = await ClearedAsync("DB-C");
        var rows = Enumerable.Range(0, 1_100)
            .Select(i => F($"DB-C-{i:0000},{activity},HALO,,UnexplodedOrdnance,,1,{a + 0.005 + (i % 40 * 0.0001)},{b + 0.005 + (i / 40 * 0.0001)},,2024-03-01,,"))
            .ToArray();
        var job = await CheckedAsync(Im, "Devices", File(rows), "devices.csv");
        Assert.Equal(ImportState.Valid, job.State);
        var committed = await Im.PostAsync($"/api/v1/imports/{job.Id}/commit", null).ReadAsync<ImportJobDto>();
        Assert.Equal((ImportState.Committed, 1_100), (committed.State, committed.Created));

        var later = await ImportedAsync(Im, "Devices", $"{Devices}\n{rows[0][..^1]}Removed,2024-03-05\n{rows[1]}\n");
        Assert.Equal((0, 1, 1), (later.Created, later.Updated, later.Unchanged));
        await using var db = app.Db();
        Assert.Equal(1_100, await db.Devices.CountAsync(d => d.ExternalImsmaId!.StartsWith("DB-C-")));
        Assert.Equal(DisposalMethod.Removed, (await db.Devices.SingleAsync(d => d.ExternalImsmaId == "DB-C-0000")).DisposalMethod);
    }
}
