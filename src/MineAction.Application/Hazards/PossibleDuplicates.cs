using NetTopologySuite.Geometries;

namespace MineAction.Application.Hazards;

internal static class PossibleDuplicates
{
    /// <summary>Codes of open hazards covering more than <paramref name="share"/> of the new polygon's area (geodesic, PostGIS).</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(IMineActionDb db, MultiPolygon polygon, double share, CancellationToken ct) =>
        await db.Database.SqlQuery<string>($"""
            SELECT code AS "Value"
            FROM hazardous_areas
            WHERE archived_at IS NULL AND status = ANY({HazardStatusNames.AcceptingWork}) AND ST_Intersects(geometry, {polygon})
              AND ST_Area(ST_Intersection(geometry, {polygon})::geography) > {share} * ST_Area({polygon}::geography)
            ORDER BY code
            """).ToListAsync(ct);
}
