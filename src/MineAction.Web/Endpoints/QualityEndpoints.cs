using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Quality;

namespace MineAction.Web.Endpoints;

public static class QualityEndpoints
{
    public static void MapQuality(this RouteGroupBuilder api)
    {
        var quality = api.MapGroup("/quality").WithTags("Quality management");
        quality.MapGet("/visits", ListVisits).WithName("ListVisits").WithStandardErrors();
        quality.MapGet("/visits/{id:guid}", GetVisit).WithName("GetVisit").ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        quality.MapPost("/visits", RecordVisit).WithName("RecordVisit")
            .WithSummary("Record a QA or QC visit with its non-conformities; a Critical one suspends the activity until closed.")
            .RequireAuthorization(Policies.Quality).WithStandardErrors(write: true);
        quality.MapGet("/non-conformities", ListNonConformities).WithName("ListNonConformities")
            .WithSummary("Non-conformities by organisation; open=true lists what remains to correct.").WithStandardErrors();
        quality.MapPost("/non-conformities/{id:guid}/close", Close).WithName("CloseNonConformity")
            .WithSummary("Close a non-conformity with the evidence that the corrective action was taken.")
            .RequireAuthorization(Policies.Quality).WithStandardErrors(write: true);
    }

    private static async Task<Ok<IReadOnlyList<VisitDto>>> ListVisits([AsParameters] ListVisits.Query query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<VisitDto>> GetVisit(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetVisit.Query(id), ct));

    private static async Task<Created<VisitDto>> RecordVisit(RecordVisit.Command command, IMediator mediator, CancellationToken ct)
    {
        var visit = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/v1/quality/visits/{visit.Id}", visit);
    }

    private static async Task<Ok<IReadOnlyList<NonConformityDto>>> ListNonConformities([AsParameters] ListNonConformities.Query query,
        IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<NonConformityDto>> Close(Guid id, CloseNonConformity.Command command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));
}
