using MineAction.Domain.Common;
using MineAction.Domain.Hazards;
using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using MineAction.Application.DataImport;
using MineAction.Domain.DataImport;
using static MineAction.Api.Tests.DataImport.ImportApi;

namespace MineAction.Api.Tests.DataImport;

/// <summary>Hazardous areas from CSV (WKT), GeoJSON and XLSX: the API's own rules per row, places from the polygon, updates by IMSMA id.</summary>
public sealed class HazardImportTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private const string Header = "external_id,name,type,confirmed_on,geometry,organisation,evidence,device_categories,recorded_on,province,direct_women,indirect_men";

    private HttpClient Im => app.ClientFor(Roles.InformationManager);

    private static string Row(string id, string name, (double Lon, double Lat) cell, string type = "SHA", string confirmed = "", string organisation = "HALO",
        string evidence = "Direct", string recorded = "2024-02-01", string province = "", string women = "", string men = "") =>
        $"{id},{name},{type},{confirmed},\"{Square(cell.Lon, cell.Lat)}\",{organisation},{evidence},AntiPersonnelMine;UnexplodedOrdnance,{recorded},{province},{women},{men}";

    [Fact]
    public async Task Five_bad_rows_among_many_are_all_reported_and_nothing_is_written()
    {
        var rows = Enumerable.Range(1, 40).Select(i => Row($"IMP-A-{i:000}", $"Field {i}", Ledger.NextCell())).ToList();
        rows[3] = Row("IMP-A-004", "Unknown operator", Ledger.NextCell(), organisation: "NOPE");
        rows[10] = Row("IMP-A-011", "Bad date", Ledger.NextCell(), recorded: "2024-13-45");
        rows[17] = Row("IMP-A-018", "In Paris", (2.35, 48.85));
        rows[25] = Row("IMP-A-026", "Future", Ledger.NextCell(), recorded: "2999-01-01");
        rows[33] = Row("IMP-A-034", "Confirmed without date", Ledger.NextCell(), type: "CHA");
        await using var before = app.Db();
        var hazards = await before.HazardousAreas.CountAsync();

        var job = await CheckedAsync(Im, "HazardousAreas", Csv($"{Header}\n{string.Join("\n", rows)}\n"));
        Assert.Equal((ImportState.Invalid, 40, 35), (job.State, job.RowsTotal, job.Created));
        var problems = await ProblemsAsync(Im, job.Id);
        Assert.Equal([5, 12, 19, 27, 35], problems.Select(p => p.Row).Distinct());
        Assert.Contains(problems, p => p is { Row: 5, Column: "organisation", Value: "NOPE", Rule: "IMPORT_REFERENCE_UNKNOWN" });
        Assert.Contains(problems, p => p is { Row: 12, Column: "recorded_on", Rule: "IMPORT_DATE_INVALID" });
        Assert.Contains(problems, p => p is { Row: 19, Column: "geometry" });
        Assert.Contains(problems, p => p is { Row: 27, Column: "recorded_on" } && p.Message.Contains("future", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Row: 35, Column: "confirmed_on", Rule: "IMPORT_CONFIRMATION_DATE_MISSING" });
        await using var after = app.Db();
        Assert.Equal(hazards, await after.HazardousAreas.CountAsync());
    }

    [Fact]
    public async Task A_file_of_10000_rows_is_kept_in_encrypted_pieces_read_across_their_edges_and_its_5_bad_rows_all_reported()
    {
        var padding = new string('x', 150); // about 3 MB: several pieces
        var rows = Enumerable.Range(1, 10_000).Select(i => Row($"IMP-P-{i:00000}", $"Field {i} {padding}", Ledger.NextCell())).ToList();
        int[] bad = [3, 2_500, 4_999, 7_777, 9_999];
        foreach (var i in bad)
        {
            rows[i] = Row($"IMP-P-{i + 1:00000}", $"Field {i + 1} {padding}", Ledger.NextCell(), recorded: "2024-02-30");
        }

        await using var before = app.Db();
        var hazards = await before.HazardousAreas.CountAsync();
        var file = Csv($"{Header}\n{string.Join("\n", rows)}\n");

        var job = await CheckedAsync(Im, "HazardousAreas", file);
        Assert.Equal((ImportState.Invalid, 10_000, 5), (job.State, job.RowsTotal, job.ProblemCount));
        Assert.Equal(bad.Select(i => i + 2), (await ProblemsAsync(Im, job.Id)).Select(p => p.Row)); // the header is row 1
        await using var after = app.Db();
        Assert.Equal(hazards, await after.HazardousAreas.CountAsync());
        var pieces = await after.ImportFileChunks.Where(c => c.ImportId == job.Id).OrderBy(c => c.Sequence).ToListAsync();
        Assert.True(pieces.Count >= 3);
        Assert.Equal(Enumerable.Range(0, (file.Length + ImportFileChunk.MaxBytes - 1) / ImportFileChunk.MaxBytes), pieces.Select(c => c.Sequence));
        Assert.All(pieces, c => Assert.True(c.Encrypted && c.Length <= ImportFileChunk.MaxBytes));
        Assert.Equal(file.Length, pieces.Sum(c => c.Length));
        Assert.DoesNotContain(pieces, c => c.Content.AsSpan().IndexOf("IMP-P-00001"u8) >= 0 || c.Content.AsSpan().IndexOf(Encoding.UTF8.GetBytes(padding)) >= 0);
    }

    [Fact]
    public async Task Committed_hazards_are_placed_from_their_polygon_approved_for_an_im_and_updated_by_a_corrected_file()
    {
        var (a, b) = (Ledger.NextCell(), Ledger.NextCell());
        var first = await CheckedAsync(Im, "HazardousAreas", Csv($"{Header}\n{Row("IMP-B-1", "School path", a, women: "12", men: "40")}\n"
            + $"{Row("IMP-B-2", "Rice field", b, type: "CHA", confirmed: "2024-03-01", province: "XTA-01")}\n"));
        Assert.Equal(ImportState.Valid, first.State);
        var committed = await Im.PostAsync($"/api/v1/imports/{first.Id}/commit", null).ReadAsync<ImportJobDto>();
        Assert.Equal((ImportState.Committed, 2), (committed.State, committed.Created));
        await using (var db = app.Db())
        {
            var imported = await db.HazardousAreas.Where(h => h.ExternalImsmaId!.StartsWith("IMP-B-")).OrderBy(h => h.ExternalImsmaId).ToListAsync();
            Assert.All(imported, h => Assert.Equal(ApprovalStatus.Approved, h.ApprovalStatus));
            Assert.All(imported, h => Assert.NotEqual(Guid.Empty, h.ProvinceId));
            Assert.Equal((HazardType.SHA, HazardType.CHA), (imported[0].Type, imported[1].Type));
            Assert.Equal((12, 40), (imported[0].DirectBeneficiaries.Women, imported[0].IndirectBeneficiaries.Men));
            Assert.Equal(2, await db.ImportedRecords.CountAsync(r => r.ImportId == committed.Id && r.EntityType == "HazardousArea"));
        }

        var corrected = await CheckedAsync(Im, "HazardousAreas", Csv($"{Header}\n{Row("IMP-B-1", "School path (north)", a, women: "12", men: "40")}\n"
            + $"{Row("IMP-B-2", "Rice field", b, type: "CHA", confirmed: "2024-03-01", province: "XTA-01")}\n"));
        Assert.Equal((0, 1, 1), (corrected.Created, corrected.Updated, corrected.Unchanged));
        await Im.PostAsync($"/api/v1/imports/{corrected.Id}/commit", null).ReadAsync<ImportJobDto>();
        await using var check = app.Db();
        Assert.Equal("School path (north)", (await check.HazardousAreas.SingleAsync(h => h.ExternalImsmaId == "IMP-B-1")).Name);
    }

    [Fact]
    public async Task An_operators_import_creates_submissions_for_review()
    {
        var op = app.ClientFor(Roles.OperatorDataEntry);
        var job = await CheckedAsync(op, "HazardousAreas", Csv($"{Header}\n{Row("IMP-C-1", "Operator field", Ledger.NextCell())}\n"));
        Assert.Equal(ImportState.Valid, job.State);
        await op.PostAsync($"/api/v1/imports/{job.Id}/commit", null).ReadAsync<ImportJobDto>();
        await using var db = app.Db();
        Assert.Equal(ApprovalStatus.Submitted, (await db.HazardousAreas.SingleAsync(h => h.ExternalImsmaId == "IMP-C-1")).ApprovalStatus);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientFor(Roles.Viewer).GetAsync($"/api/v1/imports/{job.Id}")).StatusCode);
        // A donor reporting officer imports money, and sees only their own imports.
        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientFor(Roles.DonorReporting).GetAsync($"/api/v1/imports/{job.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Im.GetAsync($"/api/v1/imports/{job.Id}")).StatusCode); // reviewers see every import
    }

    [Fact]
    public async Task A_geojson_feature_collection_imports_with_the_features_polygons()
    {
        var (lon, lat) = Ledger.NextCell();
        var ring = string.Create(CultureInfo.InvariantCulture,
            $"[[{lon},{lat}],[{lon + 0.01},{lat}],[{lon + 0.01},{lat + 0.01}],[{lon},{lat + 0.01}],[{lon},{lat}]]");
        var geojson = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"external_id\":\"IMP-D-1\","
            + "\"name\":\"Hill track\",\"organisation\":\"HALO\",\"evidence\":\"Direct\",\"recorded_on\":\"2023-05-06\"},"
            + $"\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[{ring}]}}}}]}}";
        var job = await CheckedAsync(Im, "HazardousAreas", Encoding.UTF8.GetBytes(geojson), "hazards.geojson");
        Assert.Equal((ImportFormat.GeoJson, ImportState.Valid), (job.Format, job.State));
        await Im.PostAsync($"/api/v1/imports/{job.Id}/commit", null).ReadAsync<ImportJobDto>();
        await using var db = app.Db();
        Assert.True(await db.HazardousAreas.AnyAsync(h => h.ExternalImsmaId == "IMP-D-1" && h.AreaM2 > 1_000_000));
    }

    [Fact]
    public async Task The_xlsx_template_filled_in_imports_and_its_pick_lists_hold_the_choices()
    {
        var template = await Im.GetByteArrayAsync("/api/v1/imports/templates/HazardousAreas.xlsx");
        using var workbook = new XLWorkbook(new MemoryStream(template));
        var data = workbook.Worksheet("data");
        Assert.Equal("external_id", data.Cell(1, 1).GetString());
        Assert.Equal("#meta +id +imsma", data.Cell(2, 1).GetString());
        Assert.Contains("Direct", workbook.Worksheet("choices").ColumnsUsed().SelectMany(c => c.CellsUsed()).Select(c => c.GetString()));

        var (lon, lat) = Ledger.NextCell();
        var columns = Enumerable.Range(1, data.LastColumnUsed()!.ColumnNumber()).ToDictionary(c => data.Cell(1, c).GetString(), c => c);
        data.Cell(3, columns["external_id"]).SetValue("IMP-E-1");
        data.Cell(3, columns["name"]).SetValue("Template field");
        data.Cell(3, columns["geometry"]).SetValue(Square(lon, lat));
        data.Cell(3, columns["organisation"]).SetValue("HALO");
        data.Cell(3, columns["evidence"]).SetValue("Indirect");
        data.Cell(3, columns["recorded_on"]).SetValue(new DateTime(2022, 8, 9));
        data.Cell(3, columns["direct_girls"]).SetValue(4);
        using var filled = new MemoryStream();
        workbook.SaveAs(filled);
        var job = await CheckedAsync(Im, "HazardousAreas", filled.ToArray(), "filled.xlsx");
        Assert.True(job.State == ImportState.Valid, string.Join("; ", (await ProblemsAsync(Im, job.Id)).Select(p => $"{p.Row} {p.Column} {p.Message}")));
        Assert.Equal((ImportFormat.Xlsx, 1), (job.Format, job.RowsTotal));

        var csvTemplate = await Im.GetStringAsync("/api/v1/imports/templates/HazardousAreas.csv");
        Assert.StartsWith("external_id,name,type", csvTemplate.TrimStart('\uFEFF'), StringComparison.Ordinal);
    }
}
