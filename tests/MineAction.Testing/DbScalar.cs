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

    /// <summary>
    /// Cells of released land and disposed devices per year and area kept by the database (<c>released_land_by_year</c>,
    /// <c>devices_disposed_by_year</c>) that differ from the same figures computed from the ledger (the <c>*_ledger</c> views): none.
    /// </summary>
    public const string YearCellsAstray = """
        SELECT (SELECT count(*) FROM released_land_by_year t
                FULL JOIN released_land_by_year_ledger l USING (year, province_id, district_id, outcome)
                WHERE t.records IS DISTINCT FROM l.records OR abs(coalesce(t.area_m2, -1) - coalesce(l.area_m2, -1)) > 1e-6)
             + (SELECT count(*) FROM devices_disposed_by_year t
                FULL JOIN devices_disposed_by_year_ledger l USING (year, province_id, district_id, category, disposal_method)
                WHERE t.records IS DISTINCT FROM l.records OR t.quantity IS DISTINCT FROM l.quantity)
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
