using NetTopologySuite.Geometries;

namespace MineAction.Application.Hazards;

internal static class HazardReferences
{
    /// <summary>
    /// Checks the province, district and recording organisation exist and fit together, and that the polygon (when given) lies in the
    /// programme's country; returns the country of the province, which becomes the hazard's country.
    /// </summary>
    public static async Task<string> CheckAsync(IMineActionDb db, HazardAttributes a, Geometry? geometry, CancellationToken ct)
    {
        await db.EnsureProvinceAndDistrictAsync(a.ProvinceId, a.DistrictId, ct);
        await db.EnsureWithinAsync(geometry, "geometry", ct);

        await db.EnsureOrganisationAsync(a.RecordingOrganisationId, "recordingOrganisationId", ct);
        return await db.AdminAreas.Where(x => x.Id == a.ProvinceId).Select(x => x.CountryCode).SingleAsync(ct);
    }
}
