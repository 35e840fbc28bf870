using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Stockpiles;

namespace MineAction.Web.Endpoints;

/// <summary>Stockpiled anti-personnel mines and cluster munitions, and items retained under Article 3: lots and their movements.</summary>
public static class StockpileEndpoints
{
    public static void MapStockpiles(this RouteGroupBuilder api)
    {
        var lots = api.MapGroup("/stockpiles/lots").WithTags("Stockpiles");
        lots.MapGet("/", List).WithName("ListLots").WithStandardErrors();
        lots.MapGet("/{id:guid}", Get).WithName("GetLot").ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        lots.MapPost("/", Register).WithName("RegisterLot")
            .WithSummary("Register a lot of stockpiled or retained AP mines, cluster munitions or submunitions with its declared quantity.")
            .RequireAuthorization(Policies.DataEntry).WithStandardErrors(write: true);
        lots.MapPost("/{id:guid}/archive", ArchiveLot).WithName("ArchiveLot")
            .WithSummary("Archive a lot registered by mistake, with a reason; it leaves the lists and the reports.")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors(write: true);
        lots.MapPost("/{id:guid}/movements", Record).WithName("RecordLotMovement")
            .WithSummary("Record items added, destroyed (method, verified by), transferred out (to whom) or consumed (retained items; what for). A lot never goes below zero.")
            .RequireAuthorization(Policies.DataEntry).WithStandardErrors(write: true);

        var movements = api.MapGroup("/stockpiles/movements").WithTags("Stockpiles");
        movements.MapReviewActions<ReviewMovement.Command, MovementDto>("LotMovement",
            (c, id, version, decision) => c with { Id = id, ExpectedVersion = version, Decision = decision }, m => m.RowVersion);
        movements.MapPost("/{id:guid}/archive", ArchiveMovement).WithName("ArchiveLotMovement")
            .WithSummary("Archive a wrongly recorded movement with a reason (refused when the lot would have given more than it held).")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors(write: true);
    }

    private static async Task<Ok<PagedResult<LotDto>>> List([AsParameters] StockpileLists.Query query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<LotDetailDto>> Get(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new StockpileLists.One(id), ct));

    private static async Task<Created<LotDetailDto>> Register(RegisterLot.Command command, IMediator mediator, CancellationToken ct)
    {
        var lot = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/v1/stockpiles/lots/{lot.Lot.Id}", lot);
    }

    private static async Task<Ok<LotDetailDto>> ArchiveLot(Guid id, ArchiveLot.Command command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    private static async Task<Created<MovementDto>> Record(Guid id, RecordMovement.Command command, IMediator mediator, CancellationToken ct)
    {
        var movement = await mediator.Send(command with { LotId = id }, ct);
        return TypedResults.Created($"/api/v1/stockpiles/lots/{id}", movement);
    }

    private static async Task<Ok<MovementDto>> ArchiveMovement(Guid id, ReviewMovement.Archive command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));
}
