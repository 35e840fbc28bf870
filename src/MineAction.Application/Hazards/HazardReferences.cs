namespace MineAction.Application.Hazards;

internal static class HazardReferences
{
    /// <summary>
    /// Checks the province, district and recording organisation exist and fit together;
    /// returns the country of the province, which becomes the hazard's country.
    /// </summary>
    public static async Task<string> CheckAsync(IMineActionDb db, HazardAttributes a, CancellationToken ct)
    {
        await db.EnsureProvinceAsync(a.ProvinceId, "provinceId", ct);
        await db.AdminAreas.Where(x => x.Level == 2).EnsureExistsAsync(a.DistrictId, "districtId", "District", ct);
        if (a.DistrictId is { } districtId && !await db.AdminAreas.AnyAsync(x => x.Id == districtId && x.ParentId == a.ProvinceId, ct))
        {
            throw Invalid.Field("districtId", "The district does not lie in the given province.");
        }

        await db.EnsureOrganisationAsync(a.RecordingOrganisationId, "recordingOrganisationId", ct);
        return await db.AdminAreas.Where(x => x.Id == a.ProvinceId).Select(x => x.CountryCode).SingleAsync(ct);
    }
}
