using Microsoft.EntityFrameworkCore;
using MineAction.Application.Abstractions;
using MineAction.Application.Common;
using MineAction.Application.Security;
using MineAction.Domain.Hazards;

namespace MineAction.Application.Hazards;

internal static class HazardAccess
{
    /// <summary>
    /// Loads a hazard the user is about to change: a record the user may not see is "not found",
    /// one the user may see but not change is forbidden, a stale row version is a 412.
    /// </summary>
    public static async Task<HazardousArea> LoadForChangeAsync(
        this IMineActionDb db, ICurrentUser user, Guid id, uint? expectedVersion, CancellationToken ct)
    {
        var visible = await db.HazardousAreas.VisibleTo(user, h => h.RecordingOrganisationId).AnyAsync(h => h.Id == id, ct);
        if (!visible)
        {
            throw new NotFoundException(nameof(HazardousArea), id);
        }

        var hazard = await db.FindForUpdateAsync(db.HazardousAreas, id, expectedVersion, ct);
        user.EnsureCanChange(hazard, hazard.RecordingOrganisationId);
        return hazard;
    }
}
