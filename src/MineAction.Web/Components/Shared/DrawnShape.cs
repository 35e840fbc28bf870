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
            return Localization.Ui.Translate("Nothing drawn yet: draw the polygon on the map (polygon or rectangle tool), or upload a GeoJSON, KML or GPX file.");
        }

        try
        {
            return Of(Read(geoJson)) + ".";
        }
        catch (Exception ex) when (ex is JsonException or GeoJsonException)
        {
            return Sentence("This is not a polygon the map can show ({0}); saving will say what is wrong.", ex.Message);
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
            return Sentence("point at {0:0.00000}, {1:0.00000}", point.X, point.Y);
        }

        var corners = Enumerable.Range(0, geometry.NumGeometries).Sum(i => geometry.GetGeometryN(i).NumPoints - 1);
        return geometry.NumGeometries == 1
            ? Sentence("1 polygon, {0} corners, about {1}", corners, Area(geometry))
            : Sentence("{0} polygons, {1} corners, about {2}", geometry.NumGeometries, corners, Area(geometry));
    }

    /// <summary>Area on the ellipsoid approximated at the shape's latitude: good to a few per cent for a field; PostGIS computes the real one on saving.</summary>
    private static string Area(NetTopologySuite.Geometries.Geometry geometry)
    {
        var squareMetres = geometry.Area * MetresPerDegree * MetresPerDegree * Math.Cos(geometry.Centroid.Y * Math.PI / 180);
        return squareMetres < 100_000
            ? string.Create(CultureInfo.InvariantCulture, $"{squareMetres:N0} m²")
            : string.Create(CultureInfo.InvariantCulture, $"{squareMetres / 1_000_000:N2} km²");
    }

    /// <summary>A sentence in the person's language with its figures written the one way the form shows them.</summary>
    private static string Sentence(string english, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, Localization.Ui.Translate(english), values);
}
