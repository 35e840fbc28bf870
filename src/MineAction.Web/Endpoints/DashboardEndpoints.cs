using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Reporting;

namespace MineAction.Web.Endpoints;

/// <summary>The national dashboard's figures: every chart as JSON, and each one's data as CSV (what the page's "Download data" gives).</summary>
public static class DashboardEndpoints
{
    public static void MapDashboard(this RouteGroupBuilder api)
    {
        var dashboard = api.MapGroup("/dashboard").WithTags("Dashboard");
        dashboard.MapGet("/", Get).WithName("GetDashboard")
            .WithSummary("The national picture from approved data: remaining contamination, land released, devices, casualties, risk education, funding.")
            .WithStandardErrors();
        dashboard.MapGet("/{chart}.csv", ChartCsv).WithName("GetDashboardChartCsv")
            .WithSummary("One chart's figures as CSV with an HXL row: its categories down, its series across.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
    }

    private static async Task<Ok<NationalDashboard.Dashboard>> Get([AsParameters] NationalDashboard.Query query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<IResult> ChartCsv(string chart, [AsParameters] NationalDashboard.Query query, IMediator mediator, CancellationToken ct)
    {
        var dashboard = await mediator.Send(query, ct);
        var found = dashboard.Charts.SingleOrDefault(c => c.Key == chart)
            ?? throw new NotFoundException("Chart", $"{chart} (one of {string.Join(", ", dashboard.Charts.Select(c => c.Key))})");
        return Csv.File($"{found.Key}-{dashboard.FromYear}-{dashboard.ToYear}.csv", Columns(found), Enumerable.Range(0, found.Categories.Count));
    }

    /// <summary>A row per category: its name, then one figure per series (HXL: the category as a label, each series a number).</summary>
    public static IReadOnlyList<CsvColumn<int>> Columns(NationalDashboard.Chart chart) =>
    [
        new("Category", "#indicator +label", i => chart.Categories[i]),
        .. chart.Series.Select(s => new CsvColumn<int>($"{s.Label} ({chart.Unit})",
            $"#indicator +num +{new string([.. s.Label.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)])}", i => s.Values[i])),
    ];
}
