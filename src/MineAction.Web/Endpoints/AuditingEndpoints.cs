using MineAction.Application.Auditing;

namespace MineAction.Web.Endpoints;

public static class AuditingEndpoints
{
    public static void MapAudit(this RouteGroupBuilder api) =>
        api.MapGet("/audit", async (IMediator mediator, CancellationToken ct, string? entity = null, Guid? id = null, int page = 1,
                int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new GetAuditTrail.Query(entity, id, page, pageSize), ct)))
            .WithTags("Audit")
            .WithName("GetAuditTrail")
            .WithSummary("Who changed what and when (fields old → new, reason), newest first. Filter by entity type and id.")
            .RequireAuthorization(Policies.Auditor)
            .WithStandardErrors();
}
