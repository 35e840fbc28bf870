using CsCheck;
using MineAction.Domain.Hazards;
using NetTopologySuite.Geometries;

namespace MineAction.Domain.Tests.Hazards;

/// <summary>Random star-shaped polygons: simple by construction, anywhere on the globe.</summary>
internal static class StarPolygons
{
    public static readonly Gen<Polygon> Gen =
        from lon in CsCheck.Gen.Double[-179, 179]
        from lat in CsCheck.Gen.Double[-85, 85]
        from radius in CsCheck.Gen.Double[0.0005, 0.5]
        from vertices in CsCheck.Gen.Int[3, 40]
        from jitter in CsCheck.Gen.Double[0.0, 0.8].Array[vertices]
        from scale in CsCheck.Gen.Double[0.3, 1.0].Array[vertices]
        select Build(lon, lat, radius, jitter, scale);

    private static Polygon Build(double lon, double lat, double radius, double[] jitter, double[] scale)
    {
        var step = 2 * Math.PI / jitter.Length;
        var ring = jitter.Select((j, k) =>
        {
            var angle = (k + j) * step;
            return new Coordinate(
                Math.Round(lon + (radius * scale[k] * Math.Cos(angle)), 7),
                Math.Round(lat + (radius * scale[k] * Math.Sin(angle)), 7));
        }).ToList();
        ring.Add(ring[0]);
        return HazardGeometry.Factory.CreatePolygon(ring.ToArray());
    }
}
