using System.Globalization;
using System.Text.Json;

namespace MineAction.Web.Components.Shared;

/// <summary>A GeoJSON Point from the longitude/latitude fields of a form.</summary>
public static class GeoPoint
{
    /// <summary>The point, or null while either coordinate is empty (the use case then names the missing location).</summary>
    public static JsonElement? Of(double? longitude, double? latitude) =>
        longitude is { } lon && latitude is { } lat ? Of(lon, lat) : null;

    public static JsonElement Of(double longitude, double latitude)
    {
        using var document = JsonDocument.Parse(
            $"{{\"type\":\"Point\",\"coordinates\":[{longitude.ToString(CultureInfo.InvariantCulture)},{latitude.ToString(CultureInfo.InvariantCulture)}]}}");
        return document.RootElement.Clone();
    }
}
