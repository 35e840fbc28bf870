using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Reporting;

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

        var apmbc = reports.MapGroup("/article7/apmbc/{year:int}");
        apmbc.MapGet("/", Apmbc).WithName("ApmbcArticle7Report")
            .WithSummary("The APMBC Article 7 report of a calendar year from approved data: Forms A–J in the UN template's column order; every figure has a cell id.")
            .WithStandardErrors();
        apmbc.MapGet("/cells/{cell}/records", ApmbcCell).WithName("ApmbcArticle7Cell")
            .WithSummary("The records that make up one figure of the APMBC report ('{form}.{row}.{column}'); their amounts add up to the figure.")
            .ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        apmbc.MapPut("/texts/{form}", WriteApmbcText).WithName("WriteApmbcArticle7Text")
            .WithSummary("Write the State's text of Form A (national implementation measures) or E (conversion of production facilities) for the year.")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors(write: true);
    }

    private static async Task<Ok<TreatyReport>> Apmbc(int year, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ApmbcReport.Query(year), ct));

    private static async Task<Ok<CellRecords>> ApmbcCell(int year, string cell, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ApmbcReport.CellQuery(year, cell, page ?? 1, pageSize ?? Paging.DefaultPageSize), ct));

    private static async Task<Ok<WriteNarrative.NarrativeDto>> WriteApmbcText(int year, string form, WriteNarrative.Command command, IMediator mediator,
        HttpContext http, CancellationToken ct)
    {
        var text = await mediator.Send(command with { Convention = Domain.Reporting.Convention.Apmbc, Year = year, Form = form.ToUpperInvariant(), ExpectedVersion = ETags.Optional(http) }, ct);
        return ETags.Ok(http, text, text.RowVersion);
    }

    private static async Task<Ok<LandReleaseTable.Table>> LandRelease(int year, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new LandReleaseTable.Query(year), ct));

    private static async Task<Ok<CellRecords>> LandReleaseCell(int year, string cell, int? page, int? pageSize, IMediator mediator,
        CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new LandReleaseTable.CellQuery(year, cell, page ?? 1, pageSize ?? Paging.DefaultPageSize), ct));
}
