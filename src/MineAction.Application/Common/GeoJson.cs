using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;

namespace MineAction.Application.Common;

/// <summary>The GeoJSON text was not a geometry we can read; the message says where and why.</summary>
public sealed class GeoJsonException(string message) : Exception(message);

/// <summary>
/// Reads and writes RFC 7946 GeoJSON (WGS 84 lon/lat) for Point, Polygon and MultiPolygon, with
/// precise messages ("coordinates[0]: ring is not closed") rather than a parser's stack trace.
/// A Feature is accepted and its geometry used.
/// </summary>
public static class GeoJson
{
    private static readonly GeometryFactory Factory = HazardGeometry.Factory;

    public static Geometry Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new GeoJsonException("must be a GeoJSON object");
        }

        var type = element.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (type == "Feature")
        {
            if (!element.TryGetProperty("geometry", out var inner) || inner.ValueKind != JsonValueKind.Object)
            {
                throw new GeoJsonException("Feature has no geometry object");
            }

            return Read(inner);
        }

        if (!element.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
        {
            throw new GeoJsonException("has no 'coordinates' array");
        }

        return type switch
        {
            "Point" => Factory.CreatePoint(ReadPosition(coordinates, "coordinates")),
            "Polygon" => ReadPolygon(coordinates, "coordinates"),
            "MultiPolygon" => Factory.CreateMultiPolygon(
                Items(coordinates, "coordinates").Select(p => ReadPolygon(p.Element, p.Path)).ToArray()),
            null => throw new GeoJsonException("has no 'type'"),
            _ => throw new GeoJsonException($"type '{type}' is not supported; use Polygon or MultiPolygon"),
        };
    }

    public static Geometry Parse(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            return Read(doc.RootElement);
        }
        catch (JsonException ex)
        {
            throw new GeoJsonException($"is not valid JSON: {ex.Message}");
        }
    }

    public static JsonObject Write(Geometry geometry) => geometry switch
    {
        Point p => new JsonObject { ["type"] = "Point", ["coordinates"] = Position(p.Coordinate) },
        Polygon p => new JsonObject { ["type"] = "Polygon", ["coordinates"] = Rings(p) },
        MultiPolygon m => new JsonObject
        {
            ["type"] = "MultiPolygon",
            ["coordinates"] = new JsonArray(m.Geometries.Cast<Polygon>().Select(p => (JsonNode)Rings(p)).ToArray()),
        },
        _ => throw new ArgumentException($"Geometry type {geometry.GeometryType} is not written as GeoJSON.", nameof(geometry)),
    };

    private static Polygon ReadPolygon(JsonElement rings, string path)
    {
        var linearRings = Items(rings, path).Select(r => ReadRing(r.Element, r.Path)).ToList();
        if (linearRings.Count == 0)
        {
            throw new GeoJsonException($"{path}: a polygon needs at least one ring");
        }

        return Factory.CreatePolygon(linearRings[0], linearRings.Skip(1).ToArray());
    }

    private static LinearRing ReadRing(JsonElement ring, string path)
    {
        var coords = Items(ring, path).Select(p => ReadPosition(p.Element, p.Path)).ToArray();
        if (coords.Length < 4)
        {
            throw new GeoJsonException($"{path}: a ring needs at least 4 positions, found {coords.Length}");
        }

        if (!coords[0].Equals2D(coords[^1]))
        {
            throw new GeoJsonException($"{path}: ring is not closed (first and last positions differ)");
        }

        return Factory.CreateLinearRing(coords);
    }

    private static Coordinate ReadPosition(JsonElement position, string path)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() is < 2 or > 3)
        {
            throw new GeoJsonException($"{path}: a position is an array [longitude, latitude]");
        }

        if (position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
        {
            throw new GeoJsonException($"{path}: longitude and latitude must be numbers");
        }

        var lon = position[0].GetDouble();
        var lat = position[1].GetDouble();
        if (lon is < -180 or > 180 || lat is < -90 or > 90)
        {
            throw new GeoJsonException(
                $"{path}: ({lon.ToString(CultureInfo.InvariantCulture)}, {lat.ToString(CultureInfo.InvariantCulture)}) is outside longitude -180..180 / latitude -90..90");
        }

        return new Coordinate(lon, lat);
    }

    private static IEnumerable<(JsonElement Element, string Path)> Items(JsonElement array, string path)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new GeoJsonException($"{path}: expected an array");
        }

        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            yield return (item, $"{path}[{i++}]");
        }
    }

    private static JsonArray Rings(Polygon polygon) =>
        new(new[] { polygon.Shell }.Concat(polygon.Holes)
            .Select(r => (JsonNode)new JsonArray(r.Coordinates.Select(c => (JsonNode)Position(c)).ToArray()))
            .ToArray());

    private static JsonArray Position(Coordinate c) =>
        new(Math.Round(c.X, 8), Math.Round(c.Y, 8));
}
