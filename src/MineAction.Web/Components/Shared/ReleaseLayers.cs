using System.Text.Json.Nodes;
using MineAction.Application.LandRelease;
using MineAction.Domain.LandRelease;
using MineAction.Web.Components.Pages.Map;

namespace MineAction.Web.Components.Shared;

/// <summary>A hazard and the land released in it so far (live records), as map layers in the national map's colours.</summary>
public static class ReleaseLayers
{
    public static IReadOnlyList<GeoMap.Layer> Of(JsonObject hazard, string code, IEnumerable<ProductDto> products) =>
    [
        new GeoMap.Layer(hazard, MapStyles.ByLayer["hazardous-areas"].Colour, 0.15, code),
        .. products.Where(p => p.SupersededOn is null)
            .Select(p => new GeoMap.Layer(p.Geometry, Colour(p.Outcome), 0.45, $"{p.Outcome} {Labels.Day(p.ReleaseDate)}")),
    ];

    private static string Colour(ReleaseOutcome outcome) => MapStyles.ByLayer["released-land"].Kinds![outcome.ToString()];
}
