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
    }

    private static async Task<Ok<LandReleaseTable.Table>> LandRelease(int year, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new LandReleaseTable.Query(year), ct));

    private static async Task<Ok<CellRecords>> LandReleaseCell(int year, string cell, int? page, int? pageSize, IMediator mediator,
        CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new LandReleaseTable.CellQuery(year, cell, page ?? 1, pageSize ?? Paging.DefaultPageSize), ct));
}
