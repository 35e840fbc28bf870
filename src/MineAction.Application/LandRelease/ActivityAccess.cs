namespace MineAction.Application.LandRelease;

internal static class ActivityAccess
{
    /// <summary>Loads an activity to change it or add results to it (same rules as hazardous areas).</summary>
    public static Task<LandReleaseActivity> LoadActivityForChangeAsync(
        this IMineActionDb db, ICurrentUser user, Guid id, uint? expectedVersion, CancellationToken ct) =>
        db.LoadForChangeAsync(db.Activities, user, a => a.OrganisationId, id, expectedVersion, ct);

    public static async Task<ActivityDto> GetActivityAsync(this IMineActionDb db, ICurrentUser user, Guid id, CancellationToken ct) =>
        await db.Activities.IncludingArchived().AsNoTracking().Where(a => a.Id == id).Select(ActivityDto.Projection(db)).SingleOrDefaultAsync(ct)
        ?? throw new NotFoundException("Activity", id);
}
