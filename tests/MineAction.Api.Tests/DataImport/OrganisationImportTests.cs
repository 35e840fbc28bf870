using Microsoft.EntityFrameworkCore;
using MineAction.Application.DataImport;
using MineAction.Domain.DataImport;
using static MineAction.Api.Tests.DataImport.ImportApi;

namespace MineAction.Api.Tests.DataImport;

/// <summary>Organisations from CSV: checked in the background, committed all at once, never twice; column problems named once.</summary>
public sealed class OrganisationImportTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private HttpClient Im => app.ClientFor(Roles.InformationManager);

    [Fact]
    public async Task A_semicolon_csv_with_bom_and_hxl_row_imports_once_and_points_back_to_its_import()
    {
        var file = Csv("\uFEFFname;acronym;type;country;iati_identifier\n#org +name;#org +acronym;#org +type;#country +code;#org +code\n"
            + "Mines Advisory Group;MAGX;InternationalNgo;GBR;GB-CHC-1002342\nNational Demining Unit;NDUX;10;XTA;\n");
        var checkedJob = await CheckedAsync(Im, "Organisations", file, "operators.csv");
        Assert.Equal((ImportState.Valid, 2, 0, 2), (checkedJob.State, checkedJob.RowsTotal, checkedJob.ProblemCount, checkedJob.Created));
        await using (var db = app.Db())
        {
            Assert.False(await db.Organisations.AnyAsync(o => o.Acronym == "MAGX")); // the check wrote nothing
        }

        var committed = await Im.PostAsync($"/api/v1/imports/{checkedJob.Id}/commit", null).ReadAsync<ImportJobDto>();
        Assert.Equal((ImportState.Committed, 2), (committed.State, committed.Created));
        await using (var db = app.Db())
        {
            var magx = await db.Organisations.SingleAsync(o => o.Acronym == "MAGX");
            Assert.Equal(Domain.Organisations.OrganisationType.InternationalNgo, magx.Type);
            Assert.Equal(2, await db.ImportedRecords.CountAsync(r => r.ImportId == committed.Id && r.EntityType == "Organisation"));
            Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "ImportJob" && a.EntityId == committed.Id));
        }

        var again = await UploadAsync(Im, "Organisations", file, "operators-again.csv");
        Assert.Equal("ALREADY_IMPORTED", await again.RuleAsync(HttpStatusCode.Conflict));
        Assert.Contains(committed.Id.ToString(), (await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrected_file_updates_the_organisations_it_matches_instead_of_adding_them()
    {
        await CommitAsync(Csv("name,acronym,type,country\nSouthern Clearance Team,SCTX,NationalNgo,XTA\nEastern Clearance Team,ECTX,NationalNgo,XTA\n"));
        var corrected = await CheckedAsync(Im, "Organisations",
            Csv("name,acronym,type,country\nSouthern Clearance Team (SCT),SCTX,NationalNgo,XTA\nEastern Clearance Team,ECTX,NationalNgo,XTA\n"));
        Assert.Equal((0, 1, 1), (corrected.Created, corrected.Updated, corrected.Unchanged));
        await Im.PostAsync($"/api/v1/imports/{corrected.Id}/commit", null).ReadAsync<ImportJobDto>();
        await using var db = app.Db();
        Assert.Equal("Southern Clearance Team (SCT)", (await db.Organisations.SingleAsync(o => o.Acronym == "SCTX")).Name);
        Assert.Equal(1, await db.Organisations.CountAsync(o => o.Acronym == "ECTX"));
    }

    [Fact]
    public async Task Unknown_and_missing_columns_are_reported_once_with_the_expected_list()
    {
        var job = await CheckedAsync(Im, "Organisations", Csv("name,acronym,colour\nA,B,red\nC,D,blue\n"));
        Assert.Equal(ImportState.Invalid, job.State);
        var problems = await ProblemsAsync(Im, job.Id);
        Assert.Equal(["IMPORT_COLUMN_UNKNOWN", "IMPORT_COLUMN_MISSING"], problems.Select(p => p.Rule));
        Assert.All(problems, p => Assert.Equal(1, p.Row));
        Assert.Contains("'colour'", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("type (required)", problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("'type', 'country'", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_rows_are_all_reported_with_row_column_value_and_rule_and_nothing_is_committed()
    {
        var job = await CheckedAsync(Im, "Organisations", Csv(
            "name,acronym,type,country,iati_identifier\nGood One,GOOX,NationalNgo,XTA,\nBad Type,BTYX,Pirate,XTA,\n,NONX,NationalNgo,XTA,\n"
            + "Bad Country,BCOX,NationalNgo,XX,\nBad Iati,BIAX,NationalNgo,XTA,XM-XTA-1\nTwice,goox,NationalNgo,xta,\n"));
        Assert.Equal((ImportState.Invalid, 6), (job.State, job.RowsTotal));
        var problems = await ProblemsAsync(Im, job.Id);
        Assert.Equal([3, 4, 5, 6, 7], problems.Select(p => p.Row).Distinct());
        Assert.Contains(problems, p => p is { Row: 3, Column: "type", Value: "Pirate", Rule: "IMPORT_CHOICE_UNKNOWN" });
        Assert.Contains(problems, p => p is { Row: 4, Column: "name", Rule: "VALIDATION" });
        Assert.Contains(problems, p => p is { Row: 5, Column: "country", Value: "XX" });
        Assert.Contains(problems, p => p is { Row: 6, Column: "iati_identifier" });
        Assert.Contains(problems, p => p is { Row: 7, Column: "acronym", Rule: "IMPORT_DUPLICATE_IN_FILE" } && p.Message.StartsWith("Row 2 ", StringComparison.Ordinal));
        Assert.Equal("IMPORT_NOT_VALID", await (await Im.PostAsync($"/api/v1/imports/{job.Id}/commit", null)).RuleAsync(HttpStatusCode.Conflict));

        var csv = await Im.GetStringAsync($"/api/v1/imports/{job.Id}/problems.csv");
        Assert.Contains("Pirate", csv, StringComparison.Ordinal);
        Assert.Contains("#meta +row", csv, StringComparison.Ordinal);
        await using var db = app.Db();
        Assert.False(await db.Organisations.AnyAsync(o => o.Acronym == "GOOX"));
    }

    [Fact]
    public async Task Damaged_empty_oversized_and_forbidden_uploads_are_refused_plainly()
    {
        Assert.Contains("damaged", await (await UploadAsync(Im, "Organisations", [(byte)'P', (byte)'K', 3, 4, 0, 0, 9, 9])).FieldErrorAsync("file"),
            StringComparison.Ordinal);
        Assert.Contains("empty", await (await UploadAsync(Im, "Organisations", [])).FieldErrorAsync("file"), StringComparison.Ordinal);
        Assert.Contains("recordType", await (await Im.PostAsync("/api/v1/imports?recordType=Unicorns", new ByteArrayContent(Csv("a\n1")))).Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        using var small = app.WithWebHostBuilder(b => b.UseSetting("Imports:MaxFileMegabytes", "1"));
        var client = app.AuthorisedClient(small, Roles.InformationManager);
        var tooLarge = await UploadAsync(client, "Organisations", new byte[(1024 * 1024) + 10]);
        await tooLarge.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(app.ClientFor(Roles.OperatorDataEntry), "Organisations", Csv("name\nX\n"))).StatusCode);
    }

    [Fact]
    public async Task A_cancelled_import_cannot_be_committed_and_two_commits_at_once_write_once()
    {
        var cancelled = await CheckedAsync(Im, "Organisations", Csv("name,acronym,type,country\nCancelled Org,CANX,NationalNgo,XTA\n"));
        Assert.Equal(ImportState.Cancelled, (await Im.PostAsync($"/api/v1/imports/{cancelled.Id}/cancel", null).ReadAsync<ImportJobDto>()).State);
        Assert.Equal("IMPORT_NOT_VALID", await (await Im.PostAsync($"/api/v1/imports/{cancelled.Id}/commit", null)).RuleAsync(HttpStatusCode.Conflict));

        var rows = string.Join("\n", Enumerable.Range(1, 150).Select(i => $"Race Org {i},RC{i:000}X,NationalNgo,XTA"));
        var job = await CheckedAsync(Im, "Organisations", Csv($"name,acronym,type,country\n{rows}\n"));
        Assert.Equal(ImportState.Valid, job.State);
        var answers = await Task.WhenAll(Im.PostAsync($"/api/v1/imports/{job.Id}/commit", null), Im.PostAsync($"/api/v1/imports/{job.Id}/commit", null));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        var loser = Assert.Single(answers, a => a.StatusCode != HttpStatusCode.OK);
        Assert.Contains(await loser.RuleAsync(HttpStatusCode.Conflict), new[] { "IMPORT_BUSY", "IMPORT_NOT_VALID" });
        await using var db = app.Db();
        Assert.Equal(150, await db.Organisations.CountAsync(o => o.Acronym.StartsWith("RC")));
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28, 0x0A, 0xFF, 0xFE, 0xFD })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0x0A, 0x00 })]
    [InlineData(new byte[] { 0x7B, 0x22, 0x74, 0x79 })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 })]
    [InlineData(new byte[] { 0x00, 0x00, 0x00, 0x0A, 0x2C, 0x2C })]
    public async Task Hostile_bytes_are_refused_or_checked_never_a_server_error(byte[] body)
    {
        var response = await UploadAsync(Im, "HazardousAreas", body, "hostile.bin");
        Assert.True((int)response.StatusCode is 202 or 400, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        if (response.StatusCode == HttpStatusCode.Accepted)
        {
            var job = await WaitAsync(Im, (await response.ReadAsync<ImportJobDto>()).Id);
            Assert.True(job.State is ImportState.Invalid or ImportState.Valid or ImportState.Failed, job.State.ToString());
        }
    }

    [Fact]
    public async Task A_zip_that_only_pretends_to_be_a_workbook_is_a_plain_400()
    {
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = archive.CreateEntry("xl/workbook.xml").Open();
            await entry.WriteAsync("<not-a-workbook"u8.ToArray());
        }

        var response = await UploadAsync(Im, "Organisations", zip.ToArray(), "fake.xlsx");
        Assert.Contains("XLSX", await response.FieldErrorAsync("file"), StringComparison.Ordinal);
    }

    private async Task CommitAsync(byte[] file)
    {
        var job = await CheckedAsync(Im, "Organisations", file);
        Assert.Equal(ImportState.Valid, job.State);
        await Im.PostAsync($"/api/v1/imports/{job.Id}/commit", null).ReadAsync<ImportJobDto>();
    }
}
