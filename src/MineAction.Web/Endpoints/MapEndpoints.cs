using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Mapping;

namespace MineAction.Web.Endpoints;

/// <summary>The national map's layers for the part of the country on screen (the map page reads them as the user pans and zooms).</summary>
public static class MapEndpoints
{
    /// <summary>The map's layers and where it opens.</summary>
    public sealed record MapDescription(IReadOnlyList<LayerDescription> Layers, double[]? Bounds);

    public sealed record LayerDescription(string Key, string Name);

    public static void MapNationalMap(this RouteGroupBuilder api)
    {
        var map = api.MapGroup("/map").WithTags("National map");
        map.MapGet("/", Describe).WithName("DescribeNationalMap")
            .WithSummary("The national map's layers and its extent (west, south, east, north: the provinces, else the approved hazardous areas).")
            .WithStandardErrors();
        map.MapGet("/{layer}", Layer).WithName("GetNationalMapLayer")
            .WithSummary("One layer (hazardous-areas, released-land, devices, accidents, risk-education, boundaries) inside a box, as GeoJSON.")
            .WithDescription("Approved, live records whose geometry meets `bbox` (west,south,east,north), simplified to one pixel at `zoom`. "
                + "Above `maxFeatures` (default 2,000, at most 5,000) records in the box, the answer is clusters instead: one point per "
                + "64-pixel cell with `count`, `areaM2` and the most frequent `kind`, and `cluster: true`. Each record names the page that "
                + "opens it (`link`). No personal data: accidents carry their date and numbers killed and injured only.")
            .Produces(StatusCodes.Status200OK, contentType: GeoJsonFile.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
    }

    private static async Task<Ok<MapDescription>> Describe(IMediator mediator, CancellationToken ct)
    {
        var extent = await mediator.Send(new NationalMap.Extent(), ct);
        return TypedResults.Ok(new MapDescription([.. MapLayer.All.Select(l => new LayerDescription(l.Key, l.Name))],
            extent is null ? null : [extent.MinX, extent.MinY, extent.MaxX, extent.MaxY]));
    }

    private static async Task<IResult> Layer(string layer, string? bbox, int? zoom, int? maxFeatures, IMediator mediator, CancellationToken ct) =>
        GeoJsonFile.Inline(await mediator.Send(new NationalMap.Query(layer, bbox, zoom ?? -1, maxFeatures ?? NationalMap.DefaultFeatures), ct));
}
