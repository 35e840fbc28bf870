using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Auditing;

namespace MineAction.Web.Endpoints;

public static class AuditingEndpoints
{
    public static void MapAuditing(this RouteGroupBuilder api) =>
        api.MapGet("/audit", List).WithTags("Audit").WithName("GetAuditTrail")
            .WithSummary("Who changed what and when (fields old → new, reason), newest first. Filter by entity type and id.")
            .RequireAuthorization(Policies.Auditor).WithStandardErrors();

    private static async Task<Ok<PagedResult<GetAuditTrail.AuditEntryDto>>> List([AsParameters] GetAuditTrail.Query query, IMediator mediator,
        CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct));
}
