namespace MineAction.Testing;

/// <summary>Orientation of GeoJSON rings as a reader sees them (RFC 7946 §3.1.6: exterior rings counter-clockwise).</summary>
public static class Rings
{
    /// <summary>Twice the shoelace area of a ring of [lon, lat] positions: positive when counter-clockwise.</summary>
    public static double TwiceSignedArea(JsonArray ring) =>
        Enumerable.Range(0, ring.Count - 1).Sum(i =>
            (ring[i]![0]!.GetValue<double>() * ring[i + 1]![1]!.GetValue<double>()) - (ring[i + 1]![0]!.GetValue<double>() * ring[i]![1]!.GetValue<double>()));

    /// <summary>The exterior ring of a GeoJSON Polygon or of a MultiPolygon's first polygon.</summary>
    public static JsonArray Exterior(JsonNode geometry) => geometry["type"]!.GetValue<string>() == "MultiPolygon"
        ? geometry["coordinates"]![0]![0]!.AsArray()
        : geometry["coordinates"]![0]!.AsArray();
}
