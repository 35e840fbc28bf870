using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.DataImport;
using MineAction.Domain.DataImport;

namespace MineAction.Web.Endpoints;

public static class ImportEndpoints
{
    public static void MapImports(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/imports").WithTags("Imports").RequireAuthorization(Policies.Importers);
        group.MapPost("/", Upload).WithName("UploadImport")
            .WithSummary("Upload a CSV, XLSX (first sheet, or the one named by sheet), GeoJSON or zipped shapefile (the request body) to import as recordType; it is checked in the background.")
            .WithDescription("202 with the import; follow GET /imports/{id} until it is Valid or Invalid, read its problems, then commit. "
                + "A file already committed as the same record type is 409 ALREADY_IMPORTED; a damaged or empty file 400; over the size limit 413.")
            .Accepts<byte[]>("text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/geo+json", "application/zip",
                "text/plain", "application/octet-stream")
            .Produces<ImportJobDto>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithStandardErrors(write: true);
        group.MapGet("/", List).WithName("ListImports").WithSummary("Imports, newest first: information managers and administrators see all, operators their own.").WithStandardErrors();
        group.MapGet("/{id:guid}", Get).WithName("GetImport")
            .WithSummary("An import's state, percentage of rows checked, problems so far and what it created or updated.")
            .ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        group.MapGet("/{id:guid}/problems", Problems).WithName("ListImportProblems")
            .WithSummary("The row-by-row report: row, column, value, rule code and message, in file order.")
            .ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        group.MapGet("/{id:guid}/problems.csv", ProblemsCsv).WithName("ExportImportProblems")
            .WithSummary("The row-by-row report as CSV.").Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        group.MapPost("/{id:guid}/commit", Commit).WithName("CommitImport")
            .WithSummary("Write every row of a Valid import in one transaction (all or nothing), as its uploader.")
            .WithDescription("409 IMPORT_NOT_VALID unless Valid, IMPORT_BUSY while another commit of it runs; 422 IMPORT_REFUSED when rows now fail "
                + "(the data changed since the check: nothing written, the import becomes Invalid with the new problems).")
            .WithStandardErrors(write: true);
        group.MapPost("/{id:guid}/cancel", Cancel).WithName("CancelImport")
            .WithSummary("Stop an import that is not committed yet (its check stops at the next batch of rows).")
            .WithStandardErrors(write: true);
        group.MapGet("/records/{recordType}.csv", Records).WithName("ExportImportRecords")
            .WithSummary("The programme's records of the type in the columns of its import (the template's), in the order of their key.")
            .WithDescription("Imported into another programme, the file gives the same records; exported there again, the same file. Records refer "
                + "to others by external id (a hazard without one by its code). Victims' personal data only for the roles that may read it (each read audited).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").WithStandardErrors();
        group.MapGet("/templates/{recordType}.csv", TemplateCsv).WithName("ImportTemplateCsv")
            .WithSummary("An empty CSV for the record type: its columns and their HXL hashtags.").Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithStandardErrors();
        group.MapGet("/templates/{recordType}.xlsx", TemplateXlsx).WithName("ImportTemplateXlsx")
            .WithSummary("An empty XLSX for the record type: a note on every column and pick lists for coded values.")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").WithStandardErrors();
    }

    private static async Task<Accepted<ImportJobDto>> Upload(HttpContext http, ImportRecordType? recordType, string? fileName, string? sheet,
        IMediator mediator, IConfiguration configuration, CancellationToken ct)
    {
        var limit = configuration.GetValue("Imports:MaxFileMegabytes", 100) * 1024L * 1024L;
        if (http.Request.ContentLength > limit)
        {
            throw new FileTooLargeException(limit);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit + 1;
        }

        // The body is read a piece at a time into the encrypted store: never whole in memory, never past the limit (413).
        var job = await mediator.Send(new UploadImport.Command(recordType, fileName, http.Request.Body, sheet, limit), ct);
        return TypedResults.Accepted($"/api/v1/imports/{job.Id}", job);
    }

    private static async Task<Ok<PagedResult<ImportJobDto>>> List([AsParameters] ListImports.Query query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<ImportJobDto>> Get(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetImport.Query(id), ct));

    private static async Task<Ok<PagedResult<ImportProblemDto>>> Problems(Guid id, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListImportProblems.Query(id, page ?? 1, pageSize ?? Paging.DefaultPageSize), ct));

    private static readonly CsvColumn<ImportProblemDto>[] ProblemColumns =
    [
        new("Row", "#meta +row", p => p.Row), new("Column", "#meta +column", p => p.Column), new("Value", "#meta +value", p => p.Value),
        new("Rule", "#meta +code", p => p.Rule), new("Message", "#description", p => p.Message),
    ];

    private static async Task<IResult> ProblemsCsv(Guid id, IMediator mediator, CancellationToken ct)
    {
        var job = await mediator.Send(new GetImport.Query(id), ct); // 404 before the file starts
        return Csv.File($"import-{job.Id}-problems.csv", ProblemColumns, AllProblems(id, mediator, ct));
    }

    private static IAsyncEnumerable<ImportProblemDto> AllProblems(Guid id, IMediator mediator, CancellationToken ct) =>
        Paging.AllPagesAsync(page => mediator.Send(new ListImportProblems.Query(id, page, Paging.MaxPageSize), ct), ct);

    private static async Task<Ok<ImportJobDto>> Commit(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new CommitImport.Command(id), ct));

    private static async Task<Ok<ImportJobDto>> Cancel(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new CancelImport.Command(id), ct));

    private static async Task<IResult> Records(ImportRecordType recordType, IMediator mediator, CancellationToken ct)
    {
        var export = await mediator.Send(new ExportRecords.Query(recordType), ct);
        return Csv.File($"{export.RecordType}.csv",
            [.. export.Columns.Select(c => new CsvColumn<IReadOnlyDictionary<string, string?>>(c.Name, c.Hxl, row => row.GetValueOrDefault(c.Name)))],
            export.Rows);
    }

    private static IResult TemplateCsv(ImportRecordType recordType, ImportRunner runner) => ImportTemplates.Csv(runner.ImporterFor(recordType));

    private static IResult TemplateXlsx(ImportRecordType recordType, ImportRunner runner) => ImportTemplates.Xlsx(runner.ImporterFor(recordType));
}
