using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace MineAction.Domain.Hazards;

/// <summary>Rules every hazard or release polygon must satisfy (WGS 84, valid, never repaired).</summary>
public static class HazardGeometry
{
    public const int Srid = 4326;
    public const int MaxVertices = 50_000;

    /// <summary>
    /// The widest polygon accepted, in degrees of longitude or latitude: far more than any hazard or administrative area, far less than the
    /// half globe where an edge becomes ambiguous (PostGIS fails on antipodal edges).
    /// </summary>
    public const double MaxSpanDegrees = 30;

    public static readonly GeometryFactory Factory = new(new PrecisionModel(), Srid);

    /// <summary>Returns null when the polygon is acceptable, else a sentence naming the problem.</summary>
    public static string? Problem(Geometry geometry)
    {
        if (geometry is not (Polygon or MultiPolygon))
        {
            return "must be a Polygon or MultiPolygon";
        }

        if (geometry.IsEmpty)
        {
            return "must not be empty";
        }

        if (geometry.NumPoints > MaxVertices)
        {
            return $"has {geometry.NumPoints} vertices; at most {MaxVertices} are accepted";
        }

        foreach (var c in geometry.Coordinates)
        {
            if (c.X is < -180 or > 180 || c.Y is < -90 or > 90 || double.IsNaN(c.X) || double.IsNaN(c.Y))
            {
                return $"coordinate ({c.X}, {c.Y}) is outside WGS 84 longitude/latitude bounds";
            }
        }

        var envelope = geometry.EnvelopeInternal;
        if (envelope.Width >= MaxSpanDegrees || envelope.Height >= MaxSpanDegrees)
        {
            return $"spans {envelope.Width:0.#}° by {envelope.Height:0.#}°; an area of land is at most {MaxSpanDegrees}° across (check the coordinate order, longitude first)";
        }

        var error = new IsValidOp(geometry).ValidationError;
        return error is null ? null : $"is not a valid polygon: {error.Message} at ({error.Coordinate?.X}, {error.Coordinate?.Y})";
    }

    /// <summary>Returns the polygon as a WGS 84 MultiPolygon, or throws when it breaks a rule.</summary>
    public static MultiPolygon ToValidMultiPolygon(Geometry geometry, string field = "geometry")
    {
        var problem = Problem(geometry);
        if (problem is not null)
        {
            throw new DomainRuleViolation("GEOMETRY_INVALID", $"The {field} {problem}.", field);
        }

        return AsRfc7946MultiPolygon(geometry);
    }

    /// <summary>A Polygon or MultiPolygon (already checked) as a WGS 84 MultiPolygon whose rings follow the right-hand rule.</summary>
    public static MultiPolygon AsRfc7946MultiPolygon(Geometry geometry)
    {
        var polygons = geometry is MultiPolygon m ? m.Geometries.Cast<Polygon>() : [(Polygon)geometry];
        var multi = Factory.CreateMultiPolygon(polygons.Select(OrientedAsRfc7946).ToArray());
        multi.SRID = Srid;
        return multi;
    }

    /// <summary>
    /// The same polygon with its exterior ring counter-clockwise and its holes clockwise (RFC 7946 §3.1.6, the right-hand rule
    /// GeoJSON readers expect). Only the order of the vertices changes, never the shape.
    /// </summary>
    public static Polygon OrientedAsRfc7946(Polygon polygon)
    {
        static LinearRing Oriented(LinearRing ring, bool counterClockwise) =>
            NetTopologySuite.Algorithm.Orientation.IsCCW(ring.CoordinateSequence) == counterClockwise ? ring : (LinearRing)ring.Reverse();

        return Factory.CreatePolygon(Oriented(polygon.Shell, true), polygon.Holes.Select(h => Oriented(h, false)).ToArray());
    }
}
