namespace MineAction.Application.Hazards;

internal static class HazardAccess
{
    /// <summary>Loads a hazard to change it: visible to the user, changeable by them, at the row version they read.</summary>
    public static Task<HazardousArea> LoadForChangeAsync(
        this IMineActionDb db, ICurrentUser user, Guid id, uint? expectedVersion, CancellationToken ct) =>
        db.LoadForChangeAsync(db.HazardousAreas, user, h => h.RecordingOrganisationId, id, expectedVersion, ct);
}
