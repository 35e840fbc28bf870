using NetTopologySuite.Geometries;
using MineAction.Application.Geography;

namespace MineAction.Application.Hazards;

internal static class HazardReferences
{
    /// <summary>
    /// Places the polygon in its province and district (stated ones are checked against it, missing ones found) and checks the recording
    /// organisation and that the external id is free; returns the attributes and the country of the province, which becomes the hazard's country.
    /// </summary>
    public static async Task<(HazardAttributes Attributes, string Country)> CheckAsync(IMineActionDb db, HazardInput input, Geometry polygon,
        double toleranceMetres, Guid? self, CancellationToken ct)
    {
        var external = input.ExternalImsmaId?.Trim();
        await ExternalIds.EnsureFreeAsync(db.HazardousAreas.IncludingArchived()
            .Where(h => h.Id != self && h.RecordingOrganisationId == input.RecordingOrganisationId && h.ExternalImsmaId == external)
            .Select(h => h.Code), external, "Hazardous area", ct);
        var place = await AdminPlace.OfAsync(db, polygon, input.ProvinceId, input.DistrictId, "geometry", toleranceMetres, ct);
        await db.EnsureOrganisationAsync(input.RecordingOrganisationId, "recordingOrganisationId", ct);
        var country = await db.AdminAreas.Where(x => x.Id == place.ProvinceId).Select(x => x.CountryCode).SingleAsync(ct);
        return (input.ToAttributes(place), country);
    }
}
