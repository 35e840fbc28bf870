using System.Text.Json;
using MineAction.Web.Components.Shared;

namespace MineAction.Ui.Tests.Components;

/// <summary>
/// A polygon uploaded from the field (issue #18, item 3): a GPX track walked round the area becomes its perimeter, a KML polygon keeps its
/// holes, GeoJSON passes as it is, and a file that is none of these says why in plain words.
/// </summary>
public sealed class UploadedPolygonTests
{
    private const string Track = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gpx version="1.1" creator="OsmAnd" xmlns="http://www.topografix.com/GPX/1/1">
          <wpt lat="12.4" lon="102.4"><name>Team camp</name></wpt>
          <trk><name>Perimeter walk</name><trkseg>
            <trkpt lat="12.5" lon="102.5"><ele>12</ele></trkpt>
            <trkpt lat="12.5" lon="102.51"/>
            <trkpt lat="12.51" lon="102.51"/>
            <trkpt lat="12.51" lon="102.5"/>
            <trkpt lat="12.50001" lon="102.50001"/>
          </trkseg></trk>
        </gpx>
        """;

    private const string Kml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Suspected field</name>
          <Polygon><outerBoundaryIs><LinearRing><coordinates>
            102.5,12.5,0 102.5,12.51,0 102.51,12.51,0 102.51,12.5,0 102.5,12.5,0
          </coordinates></LinearRing></outerBoundaryIs>
          <innerBoundaryIs><LinearRing><coordinates>102.502,12.502 102.504,12.502 102.504,12.504 102.502,12.502</coordinates></LinearRing></innerBoundaryIs>
          </Polygon></Placemark></Document></kml>
        """;

    [Fact]
    public void A_gpx_track_walked_round_the_area_becomes_its_closed_perimeter()
    {
        var polygon = Coordinates(UploadedPolygon.ToGeoJson("walk.GPX", Track));
        var ring = Assert.Single(polygon);
        Assert.Equal(6, ring.Count); // the five points walked, closed on the first
        Assert.Equal(ring[0], ring[^1]);
        Assert.Contains([102.51, 12.51], ring);
        Assert.DoesNotContain([102.4, 12.4], ring); // a waypoint is not part of the perimeter
    }

    [Fact]
    public void A_kml_polygon_keeps_its_hole_and_its_coordinates_without_altitude()
    {
        var polygon = Coordinates(UploadedPolygon.ToGeoJson("field.kml", Kml));
        Assert.Equal(2, polygon.Count);
        Assert.Equal(5, polygon[0].Count);
        Assert.All(polygon.SelectMany(r => r), c => Assert.Equal(2, c.Length));
        Assert.Contains([102.504, 12.504], polygon[1]);
    }

    [Fact]
    public void Geojson_passes_as_it_is_for_the_save_to_check()
    {
        const string text = """{"type":"Polygon","coordinates":[[[1,1],[2,1],[2,2],[1,1]]]}""";
        Assert.Equal(text, UploadedPolygon.ToGeoJson("area.geojson", text));
    }

    [Theory]
    [InlineData("walk.gpx", "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"><wpt lat=\"1\" lon=\"1\"/></gpx>", "no track or route")]
    [InlineData("walk.gpx", "not xml at all", "not GPX")]
    [InlineData("field.kml", "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Placemark><Point><coordinates>1,1</coordinates></Point></Placemark></kml>", "no polygon")]
    [InlineData("field.kml", "<kml><Polygon><outerBoundaryIs><LinearRing><coordinates>1,1 2,1 1,1</coordinates></LinearRing></outerBoundaryIs></Polygon></kml>", "three different points")]
    [InlineData("field.kml", "<kml><Polygon><outerBoundaryIs><LinearRing><coordinates>1,1 east,1 2,2 1,1</coordinates></LinearRing></outerBoundaryIs></Polygon></kml>", "'east,1' is not a KML coordinate")]
    [InlineData("field.kml", "<kml><Polygon><outerBoundaryIs><LinearRing><coordinates>1,1 200,1 2,2 1,1</coordinates></LinearRing></outerBoundaryIs></Polygon></kml>", "'200,1' is not a KML coordinate")]
    [InlineData("field.kml", "<?xml version=\"1.0\"?><!DOCTYPE kml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><kml>&x;</kml>", "not KML")]
    public void A_file_that_is_not_a_polygon_says_why(string name, string content, string because) =>
        Assert.Contains(because, Assert.Throws<UploadedPolygonException>(() => UploadedPolygon.ToGeoJson(name, content)).Message, StringComparison.Ordinal);

    private static List<List<double[]>> Coordinates(string geoJson)
    {
        using var document = JsonDocument.Parse(geoJson);
        Assert.Equal("Polygon", document.RootElement.GetProperty("type").GetString());
        return [.. document.RootElement.GetProperty("coordinates").EnumerateArray()
            .Select(r => r.EnumerateArray().Select(c => c.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToList())];
    }
}
