using NetTopologySuite.Geometries;

namespace MineAction.Application.LandRelease;

/// <summary>Measures a new product against its hazard in PostGIS. Call inside a transaction: it locks the hazard row.</summary>
internal static class ReleaseGeometry
{
    public static async Task<ReleaseFacts> MeasureAsync(IMineActionDb db, Guid hazardId, MultiPolygon polygon, CancellationToken ct)
    {
        // One writer per hazard at a time: concurrent releases on the same hazard queue here and see each other's products.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM hazardous_areas WHERE id = {hazardId} FOR UPDATE", ct);

        var inside = await db.Database.SqlQuery<bool>(
            $"SELECT ST_Within({polygon}, ST_Buffer(geometry::geography, 1)::geometry) AS \"Value\" FROM hazardous_areas WHERE id = {hazardId}")
            .SingleAsync(ct);
        var area = await db.Database.SqlQuery<double>($"SELECT ST_Area({polygon}::geography) AS \"Value\"").SingleAsync(ct);
        var overlap = await db.Database.SqlQuery<double>(
            $"""
             SELECT COALESCE(MAX(ST_Area(ST_Intersection(geometry, {polygon})::geography)), 0) AS "Value"
             FROM land_release_products
             WHERE hazardous_area_id = {hazardId} AND archived_at IS NULL AND superseded_on IS NULL AND ST_Intersects(geometry, {polygon})
             """).SingleAsync(ct);
        var hazardArea = await db.HazardousAreas.Where(h => h.Id == hazardId).Select(h => h.AreaM2).SingleAsync(ct);
        var released = await db.Products.OfEveryOrganisation().Where(p => p.HazardousAreaId == hazardId && p.SupersededOn == null)
            .SumAsync(p => (double?)p.AreaM2, ct) ?? 0;
        return new ReleaseFacts(inside, area, hazardArea, released, overlap);
    }
}
