using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using NetTopologySuite.Geometries;
using MineAction.Domain.Hazards;
using NetTopologySuite.IO;

namespace MineAction.Web.Components.Shared;

/// <summary>The uploaded file was not a polygon we can read; the message says why, in plain words.</summary>
public sealed class UploadedPolygonException(string message) : Exception(message);

/// <summary>
/// A polygon uploaded from the field instead of drawn: GeoJSON as it is (checked when saved), the first polygon of a KML file (Google
/// Earth, most phone GPS apps), or a GPX track or route walked round the area (NetTopologySuite.IO.GPX), closed into its perimeter.
/// KML and GPX become GeoJSON (WGS 84, right-hand rule) for the map and the API.
/// </summary>
public static class UploadedPolygon
{
    public static string ToGeoJson(string fileName, string content) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".kml" => GeoJson.Write(FromKml(content)).ToJsonString(),
        ".gpx" => GeoJson.Write(FromGpx(content)).ToJsonString(),
        _ => content,
    };

    private static Polygon FromKml(string content)
    {
        var document = Load(content, "KML");
        var polygon = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "Polygon")
            ?? throw new UploadedPolygonException("The KML file holds no polygon (Placemark with a Polygon).");
        var outer = Ring(polygon.Elements().Where(e => e.Name.LocalName == "outerBoundaryIs"))
            ?? throw new UploadedPolygonException("The KML polygon has no outer boundary.");
        var holes = polygon.Elements().Where(e => e.Name.LocalName == "innerBoundaryIs").Select(b => Ring([b])).OfType<LinearRing>().ToArray();
        return Closed(outer, holes);

        LinearRing? Ring(IEnumerable<XElement> boundary) =>
            boundary.Descendants().FirstOrDefault(e => e.Name.LocalName == "coordinates") is { } coordinates
                ? HazardGeometry.Factory.CreateLinearRing(Close(KmlCoordinates(coordinates.Value)))
                : null;
    }

    /// <summary>KML's "lon,lat[,alt]" tuples separated by white space.</summary>
    private static Coordinate[] KmlCoordinates(string text)
    {
        var tuples = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return [.. tuples.Select(tuple =>
        {
            var parts = tuple.Split(',');
            return parts.Length >= 2
                && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                && Math.Abs(lon) <= 180 && Math.Abs(lat) <= 90
                ? new Coordinate(lon, lat)
                : throw new UploadedPolygonException($"'{Shorten(tuple)}' is not a KML coordinate (longitude,latitude in degrees).");
        })];
    }

    private static Polygon FromGpx(string content)
    {
        GpxFile file;
        try
        {
            file = GpxFile.Parse(content, new GpxReaderSettings
            {
                IgnoreVersionAttribute = true, IgnoreUnexpectedChildrenOfTopLevelElement = true, IgnoreBadDateTime = true, DefaultCreatorIfMissing = "unknown",
            });
        }
        catch (Exception ex) when (ex is XmlException or FormatException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw new UploadedPolygonException($"The file is not GPX: {ex.Message}");
        }

        // The longest track segment (the walk round the area) or else the longest route.
        var points = file.Tracks.SelectMany(t => t.Segments).Select(s => s.Waypoints.ToList())
            .Concat(file.Routes.Select(r => r.Waypoints.ToList()))
            .OrderByDescending(w => w.Count)
            .FirstOrDefault()
            ?? throw new UploadedPolygonException("The GPX file holds no track or route to make the perimeter from.");
        var coordinates = points.Select(p => new Coordinate(p.Longitude.Value, p.Latitude.Value)).ToArray();
        return Closed(HazardGeometry.Factory.CreateLinearRing(Close(coordinates)), []);
    }

    /// <summary>The ring closed (its last point back on its first) — a walked perimeter ends near, not on, where it began.</summary>
    private static Coordinate[] Close(Coordinate[] ring)
    {
        if (ring.Select(c => (c.X, c.Y)).Distinct().Count() < 3)
        {
            throw new UploadedPolygonException("A perimeter needs at least three different points.");
        }

        return ring[0].Equals2D(ring[^1]) ? ring : [.. ring, ring[0].Copy()];
    }

    private static Polygon Closed(LinearRing shell, LinearRing[] holes)
    {
        var polygon = HazardGeometry.Factory.CreatePolygon(shell, holes);
        polygon.SRID = HazardGeometry.Srid;
        return HazardGeometry.OrientedAsRfc7946(polygon);
    }

    private static XDocument Load(string content, string format)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(content), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new UploadedPolygonException($"The file is not {format}: {ex.Message}");
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
