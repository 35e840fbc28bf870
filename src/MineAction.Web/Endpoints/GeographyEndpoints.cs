using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Geography;

namespace MineAction.Web.Endpoints;

public static class GeographyEndpoints
{
    public static void MapGeography(this RouteGroupBuilder api)
    {
        api.MapGet("/admin-areas", List).WithTags("Administrative areas").WithName("ListAdminAreas")
            .WithSummary("Provinces (level 1), districts (level 2) and communes (level 3).").WithStandardErrors();
        api.MapPost("/admin-areas/boundaries", Load).WithTags("Administrative areas").WithName("LoadBoundaries")
            .WithSummary("Load one level of the country's boundaries from a GeoJSON FeatureCollection or a zipped shapefile (the request body).")
            .WithDescription("All or nothing: one bad feature refuses the file (422 BOUNDARY_FILE_REFUSED with every problem: feature index from 0, "
                + "field, value, reason). A newer edition updates areas by code, brings back dropped codes and archives codes it no longer holds. "
                + "Field names default to the Common Operational Datasets' ADMn_PCODE, ADMn_EN and ADM(n-1)_PCODE. Administrators only.")
            .Accepts<byte[]>("application/geo+json", "application/zip")
            .RequireAuthorization(Policies.Administrator).WithStandardErrors(write: true);
        api.MapGet("/admin-areas/mismatches", Mismatches).WithTags("Administrative areas").WithName("ListAreaMismatches")
            .WithSummary("Records whose stated province or district no longer holds them (after a boundary reload): to correct, never changed silently.")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors();
    }

    private static async Task<Ok<IReadOnlyList<AreaMismatches.Mismatch>>> Mismatches(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new AreaMismatches.Query(), ct));

    private static async Task<Ok<IReadOnlyList<ListAdminAreas.AdminAreaDto>>> List([AsParameters] ListAdminAreas.Query query, IMediator mediator,
        CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<LoadBoundaries.Result>> Load(HttpContext http, int level, string? codeField, string? nameField, string? parentField,
        string? countryCode, string? source, IMediator mediator, CancellationToken ct)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = BoundaryFile.MaxBytes;
        }

        var features = await BoundaryFile.ReadAsync(http.Request.Body, ct);
        return TypedResults.Ok(await mediator.Send(new LoadBoundaries.Command(level, features, codeField, nameField, parentField, countryCode,
            source ?? $"upload {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"), ct));
    }
}
