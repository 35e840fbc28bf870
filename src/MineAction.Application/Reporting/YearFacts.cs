using System.Data;
using System.Globalization;

namespace MineAction.Application.Reporting;

/// <summary>
/// The approved records a treaty report reads for a calendar year, one row each, in one SQL statement per kind: the
/// reports file them under their cells in memory, so a figure and its drill-down come from the same rows.
/// </summary>
internal static class YearFacts
{
    /// <summary>Land released (<see cref="Outcome"/> set, amount m²) or a device disposed of (<see cref="Disposal"/> set, amount = quantity).</summary>
    public sealed record Release(string? ProvinceCode, string? ProvinceName, ReleaseOutcome? Outcome, DeviceCategory? Category,
        DisposalMethod? Disposal, string? Model, DateOnly On, bool ClusterMunitions, CellRecord Record);

    /// <summary>Products released and devices disposed of in the year on approved hazards, by approved activities.</summary>
    public static Task<List<Release>> ReleasesAsync(IMineActionDb db, int year, CancellationToken ct) =>
        ReleasesAsync(db, ReportYears.Span(year), ct);

    /// <summary>
    /// Devices disposed of between two days (inclusive), and products released in the same span or, given <paramref name="productsFrom"/>,
    /// only from that day (a report that counts devices since 1999 needs the year's land only).
    /// </summary>
    public static Task<List<Release>> ReleasesAsync(IMineActionDb db, (DateOnly From, DateOnly To) span, CancellationToken ct, DateOnly? productsFrom = null)
    {
        const string sql = """
            WITH live_activities AS (
                SELECT id FROM land_release_activities WHERE archived_at IS NULL AND approval_status = 'Approved'),
            live_hazards AS (
                SELECT h.id, h.code, pr.code AS province_code, pr.name AS province_name, h.device_categories && @cluster AS cmr
                FROM hazardous_areas h LEFT JOIN admin_areas pr ON pr.id = h.province_id
                WHERE h.archived_at IS NULL AND h.approval_status = 'Approved')
            SELECT h.province_code, h.province_name, 'Product', p.id, p.outcome, NULL, NULL, round(p.area_m2::numeric, 2), p.release_date, h.code, NULL, h.cmr
            FROM land_release_products p
            JOIN live_activities a ON a.id = p.activity_id
            JOIN live_hazards h ON h.id = p.hazardous_area_id
            WHERE p.archived_at IS NULL AND p.approval_status = 'Approved' AND p.release_date BETWEEN @productsFrom AND @to
            UNION ALL
            SELECT h.province_code, h.province_name, 'Device', d.id, NULL, d.category, d.disposal_method, d.quantity, d.disposed_on, h.code, d.model, h.cmr
            FROM devices_found d
            JOIN live_activities a ON a.id = d.activity_id
            JOIN live_hazards h ON h.id = d.hazardous_area_id
            WHERE d.archived_at IS NULL AND d.approval_status = 'Approved' AND d.disposal_method IS NOT NULL
              AND d.disposed_on BETWEEN @from AND @to
            """;
        var (from, to) = span;
        return SqlRows.QueryAsync(db, sql, r =>
        {
            var outcome = r.IsDBNull(4) ? (ReleaseOutcome?)null : Enum.Parse<ReleaseOutcome>(r.GetString(4));
            var category = r.IsDBNull(5) ? (DeviceCategory?)null : Enum.Parse<DeviceCategory>(r.GetString(5));
            var disposal = r.IsDBNull(6) ? (DisposalMethod?)null : Enum.Parse<DisposalMethod>(r.GetString(6));
            var amount = r.GetDecimal(7);
            var day = r.GetFieldValue<DateOnly>(8);
            var on = IsoDate.Of(day);
            var label = outcome is { } o
                ? $"{r.GetString(9)} · {o} · {on}"
                : $"{r.GetString(9)} · {amount.ToString("0", CultureInfo.InvariantCulture)} × {category} · {disposal} · {on}";
            return new Release(r.IsDBNull(0) ? null : r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), outcome, category, disposal,
                r.IsDBNull(10) ? null : r.GetString(10), day, r.GetBoolean(11), new CellRecord(r.GetString(2), r.GetGuid(3), label, amount));
        }, ct, ("from", from, DbType.Date), ("to", to, DbType.Date), ("productsFrom", productsFrom ?? from, DbType.Date), ("cluster", TreatyFacts.ClusterMunitionCategories, DbType.Object));
    }
}
