using Microsoft.EntityFrameworkCore;
using MineAction.Infrastructure.Persistence;

namespace MineAction.Testing;

/// <summary>Hand-written SQL a test checks the database with, beside what the application answers.</summary>
public static class DbScalar
{
    /// <summary>
    /// Hazards whose released area kept by the database (<c>released_land_totals</c>) differs from the ledger summed again by more than a
    /// square millimetre: none, whatever wrote the ledger.
    /// </summary>
    public const string ReleasedTotalsAstray = """
        SELECT count(*) FROM hazardous_areas h
        LEFT JOIN released_land_totals t ON t.hazardous_area_id = h.id
        LEFT JOIN (SELECT p.hazardous_area_id, sum(p.area_m2) AS released FROM land_release_products p
                   JOIN land_release_activities a ON a.id = p.activity_id AND a.archived_at IS NULL AND a.approval_status = 'Approved'
                   WHERE p.archived_at IS NULL AND p.approval_status = 'Approved' AND p.superseded_on IS NULL
                   GROUP BY 1) l ON l.hazardous_area_id = h.id
        WHERE abs(coalesce(t.released_m2, 0) - coalesce(l.released, 0)) > 1e-6
        """;

    /// <summary>The first column of the first row of <paramref name="sql"/>.</summary>
    public static async Task<T> OfAsync<T>(MineActionDbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
