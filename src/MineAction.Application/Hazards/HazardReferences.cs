using MineAction.Domain.Hazards;

namespace MineAction.Application.Hazards;

internal static class HazardReferences
{
    /// <summary>
    /// Checks the province, district and recording organisation exist and fit together;
    /// returns the country of the province, which becomes the hazard's country.
    /// </summary>
    public static async Task<string> CheckAsync(IMineActionDb db, HazardAttributes a, CancellationToken ct)
    {
        var province = await db.AdminAreas.AsNoTracking()
            .Where(x => x.Id == a.ProvinceId && x.Level == 1)
            .Select(x => new { x.CountryCode })
            .SingleOrDefaultAsync(ct)
            ?? throw Invalid.Field("provinceId", $"Province '{a.ProvinceId}' does not exist.");

        if (a.DistrictId is { } districtId)
        {
            var parent = await db.AdminAreas.AsNoTracking()
                .Where(x => x.Id == districtId && x.Level == 2)
                .Select(x => (Guid?)x.ParentId)
                .SingleOrDefaultAsync(ct);
            if (parent is null)
            {
                throw Invalid.Field("districtId", $"District '{districtId}' does not exist.");
            }

            if (parent != a.ProvinceId)
            {
                throw Invalid.Field("districtId", "The district does not lie in the given province.");
            }
        }

        var organisationActive = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == a.RecordingOrganisationId)
            .Select(o => (bool?)(o.ArchivedAt == null))
            .SingleOrDefaultAsync(ct);
        if (organisationActive is null)
        {
            throw Invalid.Field("recordingOrganisationId", $"Organisation '{a.RecordingOrganisationId}' does not exist.");
        }

        if (organisationActive == false)
        {
            throw Invalid.Field("recordingOrganisationId", "The organisation is archived and cannot record new data.");
        }

        return province.CountryCode;
    }
}
