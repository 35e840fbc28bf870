namespace MineAction.Web.Hosting;

/// <summary>
/// The base map under every map of the app (section <c>Map</c>): a tile address such as OpenStreetMap's or the programme's own tile
/// server, and its attribution. Empty <c>TileUrl</c> draws no base map: the country's boundaries are the base, as when the tiles cannot
/// be reached (an office without internet).
/// </summary>
public sealed class MapSettings
{
    public const string Section = "Map";

    public string? TileUrl { get; set; }

    public string? Attribution { get; set; }

    /// <summary>What the map scripts take: null when no base map is configured.</summary>
    public object? Tiles => string.IsNullOrWhiteSpace(TileUrl) ? null : new { url = TileUrl, attribution = Attribution ?? string.Empty };
}
