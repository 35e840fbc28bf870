using MineAction.Application.Geography;

namespace MineAction.Web.Endpoints;

public static class GeographyEndpoints
{
    public static void MapAdminAreas(this RouteGroupBuilder api) =>
        api.MapGet("/admin-areas", async (IMediator mediator, CancellationToken ct, int? level = null, Guid? parentId = null) =>
                TypedResults.Ok(await mediator.Send(new ListAdminAreas.Query(level, parentId), ct)))
            .WithTags("Administrative areas")
            .WithName("ListAdminAreas")
            .WithSummary("Provinces (level 1) and districts (level 2).")
            .WithStandardErrors();
}
