using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace MineAction.Application.Common;

/// <summary>The GeoJSON text was not a geometry we can read; the message says where and why.</summary>
public sealed class GeoJsonException(string message) : Exception(message);

/// <summary>
/// Reads and writes RFC 7946 GeoJSON (WGS 84 lon/lat) for Point, Polygon and MultiPolygon through NetTopologySuite.IO.GeoJSON4STJ.
/// Before the library parses it, the input is checked so that a mistake gets a precise message ("coordinates[0]: ring is not closed")
/// rather than a parser's exception; nothing is ever repaired. A Feature is accepted and its geometry used. Written polygons follow
/// the right-hand rule (exterior rings counter-clockwise, holes clockwise) with every coordinate at full precision.
/// </summary>
public static class GeoJson
{
    /// <summary>The serializer options that read and write GeoJSON geometries, features and feature collections.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        Converters =
        {
            new GeoJsonConverterFactory(HazardGeometry.Factory, false, GeoJsonConverterFactory.DefaultIdPropertyName, RingOrientationOption.EnforceRfc9746),
        },
    };

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

        if (type is "FeatureCollection" or "GeometryCollection")
        {
            throw new GeoJsonException($"is a {type}; send one Feature or geometry (Point, Polygon or MultiPolygon)");
        }

        Check(element, type);
        try
        {
            var geometry = element.Deserialize<Geometry>(Options) ?? throw new GeoJsonException("is null");
            geometry.SRID = HazardGeometry.Srid;
            return geometry is Polygon polygon ? HazardGeometry.OrientedAsRfc7946(polygon) : geometry;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            throw new GeoJsonException($"is not a GeoJSON geometry: {ex.Message}");
        }
    }

    /// <summary>Checks the shape of a Point, Polygon or MultiPolygon's coordinates, so a mistake is named with its path.</summary>
    private static void Check(JsonElement element, string? type)
    {
        if (!element.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
        {
            throw new GeoJsonException("has no 'coordinates' array");
        }

        switch (type)
        {
            case "Point":
                CheckPosition(coordinates, "coordinates");
                break;
            case "Polygon":
                CheckPolygon(coordinates, "coordinates");
                break;
            case "MultiPolygon":
                foreach (var (polygon, path) in Items(coordinates, "coordinates"))
                {
                    CheckPolygon(polygon, path);
                }

                break;
            case null:
                throw new GeoJsonException("has no 'type'");
            default:
                throw new GeoJsonException($"type '{type}' is not supported; use Polygon or MultiPolygon");
        }
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

    /// <summary>The geometry as a GeoJSON object (right-hand rule, full precision).</summary>
    public static JsonObject Write(Geometry geometry) => geometry switch
    {
        Point or Polygon or MultiPolygon => JsonSerializer.SerializeToNode(geometry, Options)!.AsObject(),
        _ => throw new ArgumentException($"Geometry type {geometry.GeometryType} is not written as GeoJSON.", nameof(geometry)),
    };

    private static void CheckPolygon(JsonElement rings, string path)
    {
        var count = 0;
        foreach (var (ring, ringPath) in Items(rings, path))
        {
            CheckRing(ring, ringPath);
            count++;
        }

        if (count == 0)
        {
            throw new GeoJsonException($"{path}: a polygon needs at least one ring");
        }
    }

    private static void CheckRing(JsonElement ring, string path)
    {
        var coords = Items(ring, path).Select(p => CheckPosition(p.Element, p.Path)).ToArray();
        if (coords.Length < 4)
        {
            throw new GeoJsonException($"{path}: a ring needs at least 4 positions, found {coords.Length}");
        }

        if (!coords[0].Equals2D(coords[^1]))
        {
            throw new GeoJsonException($"{path}: ring is not closed (first and last positions differ)");
        }
    }

    private static Coordinate CheckPosition(JsonElement position, string path)
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
}
