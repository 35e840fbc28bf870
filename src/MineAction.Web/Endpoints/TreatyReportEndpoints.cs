using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Reporting;
using MineAction.Domain.Reporting;

namespace MineAction.Web.Endpoints;

/// <summary>Treaty reporting: the national land-release table and the figures' drill-down to their records.</summary>
public static class TreatyReportEndpoints
{
    public static void MapTreatyReports(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Treaty reporting");
        reports.MapGet("/land-release/{year:int}", LandRelease).WithName("LandReleaseTable")
            .WithSummary("The year's land release in the Landmine Monitor's form: a row per province and the national total, m² and km² cancelled/reduced/cleared, AP/AV mines and other devices destroyed, items rendered safe and handed over. Approved data only.")
            .WithStandardErrors();
        reports.MapGet("/land-release/{year:int}/cells/{cell}/records", LandReleaseCell).WithName("LandReleaseTableCell")
            .WithSummary("The records that make up one figure of the land-release table ('{province code or national}.{column}'); their amounts add up to the figure.")
            .ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();

        foreach (var (convention, name, texts) in new[] { (Convention.Apmbc, "Apmbc", "A or E"), (Convention.Ccm, "Ccm", "A or K") })
        {
            var report = reports.MapGroup($"/article7/{name.ToLowerInvariant()}/{{year:int}}");
            report.MapGet("/", (int year, IMediator mediator, CancellationToken ct) => Report(convention, year, mediator, ct)).WithName($"{name}Article7Report")
                .WithSummary($"The {name.ToUpperInvariant()} Article 7 report of a calendar year from approved data, forms in the UN template's column order; every figure has a cell id.")
                .WithStandardErrors();
            report.MapGet("/cells/{cell}/records", (int year, string cell, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                    Cell(new Article7Report.CellQuery(convention, year, cell, page ?? 1, pageSize ?? Paging.DefaultPageSize), mediator, ct))
                .WithName($"{name}Article7Cell")
                .WithSummary("The records that make up one figure of the report ('{form}.{row}.{column}'); their amounts add up to the figure.")
                .ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
            report.MapPut("/texts/{form}", (int year, string form, WriteNarrative.Command command, IMediator mediator, HttpContext http, CancellationToken ct) =>
                    WriteText(command with { Convention = convention, Year = year, Form = form.ToUpperInvariant(), ExpectedVersion = ETags.Optional(http) }, mediator,
                        http, ct))
                .WithName($"Write{name}Article7Text")
                .WithSummary($"Write the State's own text of Form {texts} (national implementation measures; conversion of production facilities) for the year.")
                .RequireAuthorization(Policies.Reviewer).WithStandardErrors(write: true);
            report.MapGet("/report.xlsx", async (int year, IMediator mediator, TimeProvider clock, CancellationToken ct) =>
                    TreatyReportFiles.Xlsx(await mediator.Send(new Article7Report.Query(convention, year), ct), Live(clock)))
                .WithName($"{name}Article7Xlsx").WithSummary("The report as a workbook: a cover, then one sheet per form in the UN template's column order.")
                .Produces(StatusCodes.Status200OK, contentType: Xlsx).WithStandardErrors();
            report.MapGet("/report.html", async (int year, IMediator mediator, TimeProvider clock, CancellationToken ct) =>
                    TreatyReportFiles.Html(await mediator.Send(new Article7Report.Query(convention, year), ct), Live(clock)))
                .WithName($"{name}Article7Html").WithSummary("The report as a printable page.")
                .Produces(StatusCodes.Status200OK, contentType: "text/html").WithStandardErrors();
            MapEditions(report, convention, name);
        }
    }

    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static TreatyReportFiles.Provenance Live(TimeProvider clock) =>
        new($"Live figures from approved data, generated {clock.GetUtcNow():yyyy-MM-dd HH:mm} UTC; not a submitted edition.");

    private static TreatyReportFiles.Provenance Submitted(ReportEditions.EditionDto e) =>
        new($"Edition {e.Number}, submitted {e.SubmittedAt:yyyy-MM-dd HH:mm} UTC by {e.SubmittedBy}; SHA-256 {e.ContentSha256}.");

    private static async Task<Ok<TreatyReport>> Report(Convention convention, int year, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new Article7Report.Query(convention, year), ct));

    private static async Task<Ok<CellRecords>> Cell(Article7Report.CellQuery query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<WriteNarrative.NarrativeDto>> WriteText(WriteNarrative.Command command, IMediator mediator, HttpContext http,
        CancellationToken ct)
    {
        var text = await mediator.Send(command, ct);
        return ETags.Ok(http, text, text.RowVersion);
    }

    /// <summary>Frozen editions of a convention's report: submit, list, print as submitted, and what changed since.</summary>
    private static void MapEditions(RouteGroupBuilder report, Convention convention, string name)
    {
        var editions = report.MapGroup("/editions");
        editions.MapPost("/", async (int year, IMediator mediator, CancellationToken ct) =>
            {
                var edition = await mediator.Send(new ReportEditions.Submit(convention, year), ct);
                return TypedResults.Created($"/api/v1/reports/article7/{name.ToLowerInvariant()}/{year}/editions/{edition.Number}", edition);
            })
            .WithName($"Submit{name}Edition")
            .WithSummary("Submit the year's report as it stands: it is stored as the next numbered edition (who, when, SHA-256) and never changes.")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors(write: true);
        editions.MapGet("/", async (int year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReportEditions.List(convention, year), ct)))
            .WithName($"List{name}Editions").WithStandardErrors();
        editions.MapGet("/{number:int}", async (int year, int number, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var content = await mediator.Send(new ReportEditions.Content(convention, year, number), ct);
                return Results.Text(content, "application/json", System.Text.Encoding.UTF8);
            })
            .WithName($"Get{name}Edition").WithSummary("The edition exactly as submitted (the report's JSON, byte for byte).")
            .Produces<TreatyReport>().ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        editions.MapGet("/{number:int}/report.xlsx", async (int year, int number, IMediator mediator, CancellationToken ct) =>
            {
                var printed = await mediator.Send(new ReportEditions.Printed(convention, year, number), ct);
                return TreatyReportFiles.Xlsx(printed.Report, Submitted(printed.Edition));
            })
            .WithName($"{name}EditionXlsx").WithSummary("The edition as a workbook, as submitted.")
            .Produces(StatusCodes.Status200OK, contentType: Xlsx).ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        editions.MapGet("/{number:int}/report.html", async (int year, int number, IMediator mediator, CancellationToken ct) =>
            {
                var printed = await mediator.Send(new ReportEditions.Printed(convention, year, number), ct);
                return TreatyReportFiles.Html(printed.Report, Submitted(printed.Edition));
            })
            .WithName($"{name}EditionHtml").WithSummary("The edition as a printable page; it prints the same every time.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html").ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        editions.MapGet("/{number:int}/changes", async (int year, int number, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReportEditions.Changes(convention, year, number), ct)))
            .WithName($"{name}EditionChanges")
            .WithSummary("Every figure that differs between the edition and the ledger now, with the records responsible.")
            .ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
    }

    private static async Task<Ok<LandReleaseTable.Table>> LandRelease(int year, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new LandReleaseTable.Query(year), ct));

    private static async Task<Ok<CellRecords>> LandReleaseCell(int year, string cell, int? page, int? pageSize, IMediator mediator,
        CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new LandReleaseTable.CellQuery(year, cell, page ?? 1, pageSize ?? Paging.DefaultPageSize), ct));
}
