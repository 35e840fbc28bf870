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
    /// Cells kept by the database — released land and disposed devices per year and area (<c>released_land_by_year</c>,
    /// <c>devices_disposed_by_year</c>) and remaining contamination now per area and SHA/CHA (<c>remaining_contamination</c>) — that differ
    /// from the same figures computed from the ledger and the hazards (the <c>*_ledger</c> views): none.
    /// </summary>
    /// <remarks>A hazard outside every district has none (<c>NULL</c>): the cells are matched on it as on any other district.</remarks>
    public const string CellsAstray = $"""
        SELECT (SELECT count(*) FROM released_land_by_year t
                FULL JOIN released_land_by_year_ledger l ON l.year = t.year AND l.province_id = t.province_id AND l.outcome = t.outcome
                    AND {SameDistrict}
                WHERE t.records IS DISTINCT FROM l.records OR abs(coalesce(t.area_m2, -1) - coalesce(l.area_m2, -1)) > 1e-6)
             + (SELECT count(*) FROM devices_disposed_by_year t
                FULL JOIN devices_disposed_by_year_ledger l ON l.year = t.year AND l.province_id = t.province_id AND l.category = t.category
                    AND l.disposal_method = t.disposal_method AND {SameDistrict}
                WHERE t.records IS DISTINCT FROM l.records OR t.quantity IS DISTINCT FROM l.quantity)
             + (SELECT count(*) FROM remaining_contamination t
                FULL JOIN remaining_contamination_ledger l ON l.province_id = t.province_id AND l.cha = t.cha
                    AND {SameDistrict}
                WHERE (t.hazards, t.open_hazards, t.remaining_m2) IS DISTINCT FROM (l.hazards, l.open_hazards, l.remaining_m2))
        """;

    /// <summary>A kept cell (<c>t</c>) and a ledger cell (<c>l</c>) of the same district, or both outside every district (<c>NULL</c>).</summary>
    private const string SameDistrict = "coalesce(l.district_id, '00000000-0000-0000-0000-000000000000') = coalesce(t.district_id, '00000000-0000-0000-0000-000000000000')";

    /// <summary>The first column of the first row of <paramref name="sql"/>.</summary>
    public static async Task<T> OfAsync<T>(MineActionDbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
