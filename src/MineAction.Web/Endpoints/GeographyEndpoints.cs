using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Geography;

namespace MineAction.Web.Endpoints;

public static class GeographyEndpoints
{
    public static void MapGeography(this RouteGroupBuilder api) =>
        api.MapGet("/admin-areas", List).WithTags("Administrative areas").WithName("ListAdminAreas")
            .WithSummary("Provinces (level 1) and districts (level 2).").WithStandardErrors();

    private static async Task<Ok<IReadOnlyList<ListAdminAreas.AdminAreaDto>>> List([AsParameters] ListAdminAreas.Query query, IMediator mediator,
        CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct));
}
