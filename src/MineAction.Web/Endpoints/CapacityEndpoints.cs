using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Capacity;

namespace MineAction.Web.Endpoints;

public static class CapacityEndpoints
{
    public static void MapCapacity(this RouteGroupBuilder api)
    {
        var capacity = api.MapGroup("/capacity").WithTags("National capacity");
        capacity.MapPost("/", Record).WithName("RecordCapacity")
            .WithSummary("Record or replace an organisation's capacity for a year or quarter: teams by activity, personnel by role and sex, assets, dogs, budget.")
            .RequireAuthorization(Policies.DataEntry).WithStandardErrors(write: true);
        capacity.MapGet("/trend", Trend).WithName("CapacityTrend")
            .WithSummary("National capacity per year (each organisation's latest snapshot of the year, summed), with personnel by sex.")
            .WithStandardErrors();
    }

    private static async Task<Ok<CapacityDto>> Record(RecordCapacity.Command command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command, ct));

    private static async Task<Ok<IReadOnlyList<CapacityTrend.YearTotals>>> Trend([AsParameters] CapacityTrend.Query query, IMediator mediator,
        CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct));
}
