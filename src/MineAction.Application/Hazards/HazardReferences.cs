namespace MineAction.Application.Hazards;

internal static class HazardReferences
{
    /// <summary>
    /// Checks the province, district and recording organisation exist and fit together;
    /// returns the country of the province, which becomes the hazard's country.
    /// </summary>
    public static async Task<string> CheckAsync(IMineActionDb db, HazardAttributes a, CancellationToken ct)
    {
        await db.EnsureProvinceAndDistrictAsync(a.ProvinceId, a.DistrictId, ct);

        await db.EnsureOrganisationAsync(a.RecordingOrganisationId, "recordingOrganisationId", ct);
        return await db.AdminAreas.Where(x => x.Id == a.ProvinceId).Select(x => x.CountryCode).SingleAsync(ct);
    }
}
