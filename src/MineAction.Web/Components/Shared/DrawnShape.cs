using System.Globalization;
using System.Text.Json;

namespace MineAction.Web.Components.Shared;

/// <summary>What a drawn or uploaded polygon is, in words for the form (never its GeoJSON): how many shapes and corners, about how large.</summary>
public static class DrawnShape
{
    private const double MetresPerDegree = 111_319.49;

    public static string Describe(string? geoJson)
    {
        if (string.IsNullOrWhiteSpace(geoJson))
        {
            return "Nothing drawn yet: draw the polygon on the map (polygon or rectangle tool), or upload a GeoJSON file.";
        }

        try
        {
            return Of(Read(geoJson)) + ".";
        }
        catch (Exception ex) when (ex is JsonException or GeoJsonException)
        {
            return $"This is not a polygon the map can show ({ex.Message}); saving will say what is wrong.";
        }
    }

    /// <summary>A value of the audit trail in words when it is a GeoJSON geometry ("1 polygon, 4 corners, about 1.20 km²"); null otherwise.</summary>
    public static string? OfText(string text)
    {
        if (!text.StartsWith('{') || !text.Contains("\"coordinates\"", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return Of(Read(text));
        }
        catch (Exception ex) when (ex is JsonException or GeoJsonException or ArgumentException)
        {
            return null;
        }
    }

    private static NetTopologySuite.Geometries.Geometry Read(string geoJson)
    {
        using var document = JsonDocument.Parse(geoJson);
        return GeoJson.Read(document.RootElement);
    }

    private static string Of(NetTopologySuite.Geometries.Geometry geometry)
    {
        if (geometry is NetTopologySuite.Geometries.Point point)
        {
            return string.Create(CultureInfo.InvariantCulture, $"point at {point.X:0.00000}, {point.Y:0.00000}");
        }

        var corners = Enumerable.Range(0, geometry.NumGeometries).Sum(i => geometry.GetGeometryN(i).NumPoints - 1);
        var shapes = geometry.NumGeometries == 1 ? "1 polygon" : $"{geometry.NumGeometries} polygons";
        return string.Create(CultureInfo.InvariantCulture, $"{shapes}, {corners} corners, about {Area(geometry)}");
    }

    /// <summary>Area on the ellipsoid approximated at the shape's latitude: good to a few per cent for a field; PostGIS computes the real one on saving.</summary>
    private static string Area(NetTopologySuite.Geometries.Geometry geometry)
    {
        var squareMetres = geometry.Area * MetresPerDegree * MetresPerDegree * Math.Cos(geometry.Centroid.Y * Math.PI / 180);
        return squareMetres < 100_000
            ? string.Create(CultureInfo.InvariantCulture, $"{squareMetres:N0} m²")
            : string.Create(CultureInfo.InvariantCulture, $"{squareMetres / 1_000_000:N2} km²");
    }
}
