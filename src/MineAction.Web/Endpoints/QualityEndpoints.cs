using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Quality;
using MineAction.Domain.Quality;

namespace MineAction.Web.Endpoints;

public static class QualityEndpoints
{
    public sealed record CloseRequest(DateOnly? ClosedOn, string? Evidence);

    public static void MapQuality(this RouteGroupBuilder api)
    {
        var quality = api.MapGroup("/quality").WithTags("Quality management");

        quality.MapGet("/visits", async (IMediator mediator, CancellationToken ct, Guid? activityId = null, Guid? organisationId = null) =>
                TypedResults.Ok(await mediator.Send(new ListVisits.Query(activityId, organisationId), ct)))
            .WithName("ListVisits")
            .WithStandardErrors();

        quality.MapPost("/visits", async Task<Created<VisitDto>> (RecordVisit.Command command, IMediator mediator, CancellationToken ct) =>
            {
                var visit = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/quality/visits?activityId={visit.ActivityId}", visit);
            })
            .WithName("RecordVisit")
            .WithSummary("Record a QA or QC visit with its non-conformities; a Critical one suspends the activity until closed.")
            .RequireAuthorization(Policies.Quality)
            .WithStandardErrors(write: true);

        quality.MapGet("/non-conformities", async (IMediator mediator, CancellationToken ct, Guid? organisationId = null, bool? open = null,
                Severity? severity = null) =>
                TypedResults.Ok(await mediator.Send(new ListNonConformities.Query(organisationId, open, severity), ct)))
            .WithName("ListNonConformities")
            .WithSummary("Non-conformities by organisation; open=true lists what remains to correct.")
            .WithStandardErrors();

        quality.MapPost("/non-conformities/{id:guid}/close", async (Guid id, CloseRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CloseNonConformity.Command(id, body.ClosedOn, body.Evidence), ct)))
            .WithName("CloseNonConformity")
            .WithSummary("Close a non-conformity with the evidence that the corrective action was taken.")
            .RequireAuthorization(Policies.Quality)
            .WithStandardErrors(write: true);
    }
}
