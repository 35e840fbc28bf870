namespace MineAction.Application.LandRelease;

/// <summary>
/// Contamination as it stood on any past date, and the reconciliation of a period. Every event that changes
/// contamination is dated in the ledger — a hazard recorded (recordedOn), confirmed SHA → CHA (confirmedOn),
/// land released (releaseDate) — so the baseline on day D is: approved hazards recorded by D, typed CHA if
/// confirmed by D, minus approved products released by D. A confirmation counts from the start of its day,
/// releases at its end. Approved, non-archived data only; everything is summed in SQL.
/// </summary>
internal static class ContaminationHistory
{
    public static IQueryable<HazardousArea> Hazards(IMineActionDb db, Guid? provinceId)
    {
        var hazards = db.HazardousAreas.Approved();
        return provinceId is { } province ? hazards.Where(h => h.ProvinceId == province) : hazards;
    }

    public static IQueryable<LandReleaseProduct> Products(IMineActionDb db) =>
        from p in db.Products.Approved()
        join a in db.Activities.Approved() on p.ActivityId equals a.Id
        select p;

    /// <summary>
    /// Remaining contamination of one type at the end of <paramref name="day"/>: one SQL aggregate, the released
    /// area summed per hazard once and joined (a correlated sum per hazard is an order of magnitude slower).
    /// </summary>
    public static Task<double> RemainingAsync(IMineActionDb db, Guid? provinceId, HazardType type, DateOnly day, CancellationToken ct)
    {
        var cha = type == HazardType.CHA;
        return db.Database.SqlQuery<double>($"""
            SELECT COALESCE(SUM(h.area_m2 - COALESCE(r.released, 0)), 0) AS "Value"
            FROM hazardous_areas h
            LEFT JOIN (
                SELECT p.hazardous_area_id, SUM(p.area_m2) AS released
                FROM land_release_products p
                JOIN land_release_activities a ON a.id = p.activity_id AND a.archived_at IS NULL AND a.approval_status = 'Approved'
                WHERE p.archived_at IS NULL AND p.approval_status = 'Approved' AND p.release_date <= {day} AND (p.superseded_on IS NULL OR p.superseded_on > {day})
                GROUP BY p.hazardous_area_id) r ON r.hazardous_area_id = h.id
            WHERE h.approval_status = 'Approved' AND h.archived_at IS NULL AND h.recorded_on <= {day}
              AND (CAST({provinceId} AS uuid) IS NULL OR h.province_id = CAST({provinceId} AS uuid))
              AND CASE WHEN {cha} THEN h.confirmed_on <= {day} ELSE (h.confirmed_on IS NULL OR h.confirmed_on > {day}) END
            """).SingleAsync(ct);
    }
}
