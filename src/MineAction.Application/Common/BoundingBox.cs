using System.Globalization;
using NetTopologySuite.Geometries;

namespace MineAction.Application.Common;

public static class BoundingBox
{
    /// <summary>Parses "minLon,minLat,maxLon,maxLat" (WGS 84) into a polygon for ST_Intersects.</summary>
    public static bool TryParse(string text, out Geometry box)
    {
        box = Polygon.Empty;
        var parts = text.Split(',');
        if (parts.Length != 4)
        {
            return false;
        }

        var v = new double[4];
        for (var i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out v[i]) || !double.IsFinite(v[i]))
            {
                return false;
            }
        }

        if (v[0] is < -180 or > 180 || v[2] is < -180 or > 180 || v[1] is < -90 or > 90 || v[3] is < -90 or > 90
            || v[0] >= v[2] || v[1] >= v[3])
        {
            return false;
        }

        box = HazardGeometry.Factory.ToGeometry(new Envelope(v[0], v[2], v[1], v[3]));
        return true;
    }
}
