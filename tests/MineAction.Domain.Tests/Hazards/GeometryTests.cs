using CsCheck;
using MineAction.Application.Common;
using MineAction.Domain.Common;
using MineAction.Domain.Hazards;
using NetTopologySuite.Geometries;

namespace MineAction.Domain.Tests.Hazards;

public sealed class GeometryTests
{
    [Fact]
    public void Star_polygons_are_accepted_and_survive_a_geojson_round_trip() =>
        StarPolygons.Gen.Sample(polygon =>
        {
            Assert.Null(HazardGeometry.Problem(polygon));
            var multi = HazardGeometry.ToValidMultiPolygon(polygon);
            var back = GeoJson.Parse(GeoJson.Write(multi).ToJsonString());
            Assert.True(back.EqualsExact(multi, 1e-9), "GeoJSON round trip changed the polygon");
            Assert.Equal(4326, multi.SRID);
        }, iter: 500);

    [Fact]
    public void Written_polygons_follow_the_right_hand_rule_whatever_the_input_orientation() =>
        StarPolygons.Gen.Sample(polygon =>
        {
            var clockwise = (Polygon)polygon.Reverse();
            foreach (var input in new[] { polygon, clockwise })
            {
                var written = GeoJson.Write(input);
                var exterior = written["coordinates"]![0]!.AsArray();
                Assert.True(SignedArea(exterior) > 0, "the exterior ring is written clockwise");
                Assert.True(SignedArea(GeoJson.Write(HazardGeometry.ToValidMultiPolygon(input))["coordinates"]![0]![0]!.AsArray()) > 0);
            }
        }, iter: 200);

    [Fact]
    public void Holes_are_written_clockwise_and_stored_that_way()
    {
        var holed = GeoJson.Parse("""
            {"type":"Polygon","coordinates":[[[0,0],[0,4],[4,4],[4,0],[0,0]],[[1,1],[2,1],[2,2],[1,2],[1,1]]]}
            """);
        var stored = HazardGeometry.ToValidMultiPolygon(holed);
        var rings = GeoJson.Write(stored)["coordinates"]![0]!.AsArray();
        Assert.True(SignedArea(rings[0]!.AsArray()) > 0);
        Assert.True(SignedArea(rings[1]!.AsArray()) < 0);
        Assert.True(NetTopologySuite.Algorithm.Orientation.IsCCW(((Polygon)stored[0]).Shell.CoordinateSequence));
        Assert.Equal(holed.Area, stored.Area, 9);
    }

    [Fact]
    public void Coordinates_are_written_at_full_precision()
    {
        var point = HazardGeometry.Factory.CreatePoint(new Coordinate(102.123456789012, 12.987654321098));
        var written = GeoJson.Write(point)["coordinates"]!.AsArray();
        Assert.Equal(102.123456789012, written[0]!.GetValue<double>());
        Assert.Equal(12.987654321098, written[1]!.GetValue<double>());
    }

    [Theory]
    [InlineData("""{"type":"FeatureCollection","features":[]}""")]
    [InlineData("""{"type":"GeometryCollection","geometries":[]}""")]
    public void A_collection_where_one_geometry_is_expected_says_what_to_send(string json) =>
        Assert.Contains("send one Feature or geometry", Assert.Throws<GeoJsonException>(() => GeoJson.Parse(json)).Message);

    /// <summary>Twice the shoelace area of a GeoJSON ring: positive when counter-clockwise.</summary>
    private static double SignedArea(System.Text.Json.Nodes.JsonArray ring)
    {
        var sum = 0.0;
        for (var i = 0; i + 1 < ring.Count; i++)
        {
            double X(int k) => ring[k]![0]!.GetValue<double>();
            double Y(int k) => ring[k]![1]!.GetValue<double>();
            sum += (X(i) * Y(i + 1)) - (X(i + 1) * Y(i));
        }

        return sum;
    }

    [Fact]
    public void A_bow_tie_is_rejected_with_the_reason()
    {
        var bowTie = GeoJson.Parse("""{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}""");
        Assert.Contains("Self-intersection", HazardGeometry.Problem(bowTie));
        var violation = Assert.Throws<DomainRuleViolation>(() => HazardGeometry.ToValidMultiPolygon(bowTie));
        Assert.Equal("GEOMETRY_INVALID", violation.Code);
        Assert.Equal("geometry", violation.Field);
    }

    [Theory]
    [InlineData("""{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0.5]]]}""", "not closed")]
    [InlineData("""{"type":"Polygon","coordinates":[[[0,0],[181,0],[1,1],[0,0]]]}""", "outside")]
    [InlineData("""{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[0,0]]]]}""", "at least 4")]
    [InlineData("""{"type":"Feature","properties":{}}""", "no geometry")]
    [InlineData("""{"coordinates":[]}""", "no 'type'")]
    [InlineData("""{"type":"Polygon","coordinates":[[[0,0],[1,0]""", "not valid JSON")]
    public void Malformed_geojson_says_where_and_why(string json, string expected) =>
        Assert.Contains(expected, Assert.Throws<GeoJsonException>(() => GeoJson.Parse(json)).Message);

    [Fact]
    public void A_polygon_with_a_hole_and_a_multipolygon_are_read()
    {
        var holed = GeoJson.Parse("""
            {"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[2,1],[2,2],[1,2],[1,1]]]}
            """);
        Assert.Equal(15, holed.Area, 6);
        var multi = GeoJson.Parse("""
            {"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],[6,5],[6,6],[5,5]]]]}
            """);
        Assert.Equal(2, multi.NumGeometries);
        Assert.Null(HazardGeometry.Problem(multi));
    }

    [Fact]
    public void Overlapping_parts_of_a_multipolygon_are_rejected()
    {
        var overlapping = GeoJson.Parse("""
            {"type":"MultiPolygon","coordinates":[[[[0,0],[2,0],[2,2],[0,2],[0,0]]],[[[1,1],[3,1],[3,3],[1,3],[1,1]]]]}
            """);
        Assert.NotNull(HazardGeometry.Problem(overlapping));
    }

    [Fact]
    public void Other_geometry_types_are_not_hazard_polygons()
    {
        var point = HazardGeometry.Factory.CreatePoint(new Coordinate(1, 1));
        Assert.Contains("Polygon or MultiPolygon", HazardGeometry.Problem(point));
    }
}
