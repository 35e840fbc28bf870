namespace MineAction.Web.Components.Pages.Map;

/// <summary>The national map's colours, for the map script and its legend alike: a colour per layer, and per kind where the kind matters.</summary>
public static class MapStyles
{
    /// <summary>A layer's colour, its colour per kind (hazard type, release outcome) and the colour of closed hazards.</summary>
    public sealed record Style(string Colour, IReadOnlyDictionary<string, string>? Kinds = null, string? Closed = null);

    /// <summary>A legend entry: a colour and what it means.</summary>
    public sealed record Key(string Colour, string Meaning, bool Dashed = false);

    public static readonly IReadOnlyDictionary<string, Style> ByLayer = new Dictionary<string, Style>
    {
        ["hazardous-areas"] = new("#c62828", new Dictionary<string, string> { ["CHA"] = "#b71c1c", ["SHA"] = "#e65100" }, "#616161"),
        ["released-land"] = new("#2e7d32", new Dictionary<string, string> { ["Cancelled"] = "#0277bd", ["Reduced"] = "#00796b", ["Cleared"] = "#2e7d32" }),
        ["devices"] = new("#6a1b9a"),
        ["accidents"] = new("#212121"),
        ["risk-education"] = new("#1565c0"),
        ["boundaries"] = new("#5d4037"),
    };

    /// <summary>What the legend says under a layer's switch.</summary>
    public static IReadOnlyList<Key> Legend(string layer) => layer switch
    {
        "hazardous-areas" => [new("#b71c1c", "Confirmed (CHA)"), new("#e65100", "Suspected (SHA)"), new("#616161", "Closed or handed over", true)],
        "released-land" => [new("#0277bd", "Cancelled"), new("#00796b", "Reduced"), new("#2e7d32", "Cleared")],
        _ => [],
    };

    /// <summary>The map script's styles: colours by layer key (JSON property names as they are).</summary>
    public static object Script => ByLayer.ToDictionary(l => l.Key, l => (object)new { colour = l.Value.Colour, kinds = l.Value.Kinds, closed = l.Value.Closed });
}
