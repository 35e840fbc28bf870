using NetTopologySuite.Geometries;

namespace MineAction.Application.Geography;

/// <summary>The province and (when the country has districts there) the district a record lies in.</summary>
public sealed record AdminPlace(Guid ProvinceId, Guid? DistrictId)
{
    /// <summary>
    /// Where <paramref name="location"/> lies. A stated province or district is checked against the geometry: more than
    /// <paramref name="toleranceMetres"/> away is a 422 LOCATION_OUTSIDE_ADMIN_AREA naming the area the geometry lies in; one left out is
    /// found by PostGIS (the area holding a point, the one a polygon overlaps most). A location outside the whole country is refused
    /// (<see cref="ProgrammeArea"/>); until boundaries are loaded the province must be stated.
    /// </summary>
    public static async Task<AdminPlace> OfAsync(IMineActionDb db, Geometry location, Guid? province, Guid? district, string field,
        double toleranceMetres, CancellationToken ct)
    {
        if (province is null && district is { } given)
        {
            province = await db.AdminAreas.Where(a => a.Id == given && a.Level == 2).Select(a => a.ParentId).FirstOrDefaultAsync(ct);
        }

        await db.EnsureProvinceAndDistrictAsync(province, district, ct);
        await db.EnsureWithinAsync(location, field, ct);
        var provinceId = province ?? (await LargestAsync(db, location, 1, null, ct))?.Id
            ?? throw Invalid.Field("provinceId", await db.AdminAreas.AnyAsync(a => a.Level == 1, ct)
                ? $"The {field} lies in no province; state the province, or check the coordinates."
                : "'provinceId' is required until the country's boundaries are loaded.");
        if (province is not null)
        {
            await EnsureNearAsync(db, location, provinceId, 1, null, "provinceId", toleranceMetres, ct);
        }

        if (district is { } stated)
        {
            await EnsureNearAsync(db, location, stated, 2, provinceId, "districtId", toleranceMetres, ct);
            return new AdminPlace(provinceId, stated);
        }

        return new AdminPlace(provinceId, (await LargestAsync(db, location, 2, provinceId, ct))?.Id);
    }

    private sealed record Area(Guid Id, string Code, string Name);

    private static Task<Area?> LargestAsync(IMineActionDb db, Geometry location, int level, Guid? parent, CancellationToken ct) =>
        db.AdminAreas.Where(a => a.Level == level && (parent == null || a.ParentId == parent) && a.Boundary.Intersects(location))
            .OrderByDescending(a => a.Boundary.Intersection(location).Area).ThenBy(a => a.Code)
            .Select(a => new Area(a.Id, a.Code, a.Name)).FirstOrDefaultAsync(ct);

    private static async Task EnsureNearAsync(IMineActionDb db, Geometry location, Guid areaId, int level, Guid? parent, string field,
        double toleranceMetres, CancellationToken ct)
    {
        var near = await db.Database.SqlQuery<bool>(
            $"SELECT ST_DWithin(boundary::geography, {location}::geography, {toleranceMetres}) AS \"Value\" FROM admin_areas WHERE id = {areaId}")
            .SingleAsync(ct);
        if (near)
        {
            return;
        }

        var stated = await db.AdminAreas.Where(a => a.Id == areaId).Select(a => a.Name).SingleAsync(ct);
        var actual = await LargestAsync(db, location, level, parent, ct);
        var where = actual is null ? $"in no {(level == 1 ? "province" : "district of that province")}" : $"in {actual.Name} ({actual.Code})";
        throw new DomainRuleViolation("LOCATION_OUTSIDE_ADMIN_AREA",
            $"The location lies {where}, more than {toleranceMetres:0} m outside {stated}; correct the {(level == 1 ? "province" : "district")} or the coordinates, or leave the {(level == 1 ? "province" : "district")} out to have it found.",
            field);
    }
}
