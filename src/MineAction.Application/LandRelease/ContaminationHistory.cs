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
    /// <summary>
    /// Remaining contamination at the end of <paramref name="day"/>, SHA and CHA, in one SQL aggregate that never sums the whole ledger:
    /// each hazard's released area now is the one the database keeps beside the ledger (<c>released_land_totals</c>, maintained by
    /// triggers in the transaction that changes the ledger), corrected by the released land dated after the day (counted now, not then)
    /// and the land superseded after it (counted then, not now) — found by their date indexes, so the more recent the day, the fewer.
    /// </summary>
    public static async Task<IReadOnlyDictionary<HazardType, double>> RemainingAsync(IMineActionDb db, Guid? provinceId, DateOnly day,
        CancellationToken ct)
    {
        var remaining = await SqlRows.QueryAsync(db, $"SELECT cha, SUM(remaining_m2) FROM ({HazardsOnDay}) x GROUP BY 1",
            reader => (Cha: reader.GetBoolean(0), RemainingM2: reader.GetDouble(1)), ct, Parameters(provinceId, day));
        return Enum.GetValues<HazardType>().ToDictionary(t => t, t => remaining.Where(r => r.Cha == (t == HazardType.CHA)).Sum(r => r.RemainingM2));
    }

    /// <summary>
    /// Each approved hazardous area recorded by the end of <c>@day</c> (of <c>@province</c> when given) as it stood then: its province and
    /// district, whether it was confirmed (CHA) and the area still to release — the one definition of the baseline both sums below read.
    /// </summary>
    private const string HazardsOnDay = """
        SELECT h.province_id, h.district_id, h.confirmed_on IS NOT NULL AND h.confirmed_on <= @day AS cha,
               h.area_m2 - COALESCE(r.released_m2, 0) - COALESCE(c.delta, 0) AS remaining_m2
        FROM hazardous_areas h
        LEFT JOIN released_land_totals r ON r.hazardous_area_id = h.id
        LEFT JOIN (
            SELECT p.hazardous_area_id,
                   SUM(CASE WHEN p.release_date <= @day THEN p.area_m2 WHEN p.superseded_on IS NULL THEN -p.area_m2 ELSE 0 END) AS delta
            FROM land_release_products p
            JOIN land_release_activities a ON a.id = p.activity_id AND a.archived_at IS NULL AND a.approval_status = 'Approved'
            WHERE p.archived_at IS NULL AND p.approval_status = 'Approved' AND (p.release_date > @day OR p.superseded_on > @day)
            GROUP BY p.hazardous_area_id) c ON c.hazardous_area_id = h.id
        WHERE h.approval_status = 'Approved' AND h.archived_at IS NULL AND h.recorded_on <= @day
          AND (CAST(@province AS uuid) IS NULL OR h.province_id = @province)
        """;

    private static (string, object?, System.Data.DbType)[] Parameters(Guid? provinceId, DateOnly day) =>
        [("province", provinceId, System.Data.DbType.Guid), ("day", day, System.Data.DbType.Date)];

    /// <summary>
    /// The same baseline at the end of <paramref name="day"/> per province (or district) and SHA/CHA: the area still to release and how many
    /// hazardous areas still held some (more than 1 m²) — the land release page's "remaining as of" table.
    /// </summary>
    public static Task<List<LandReleaseSummary.RemainingRow>> RemainingByAreaAsync(IMineActionDb db, Guid? provinceId, bool district, DateOnly day,
        CancellationToken ct)
    {
        var sql = $"""
            SELECT CASE WHEN @district THEN district_id ELSE province_id END, cha, count(*) FILTER (WHERE remaining_m2 > 1)::int,
                   COALESCE(SUM(remaining_m2), 0)
            FROM ({HazardsOnDay}) x
            GROUP BY 1, 2
            """;
        return SqlRows.QueryAsync(db, sql, reader => new LandReleaseSummary.RemainingRow(reader.IsDBNull(0) ? null : reader.GetGuid(0),
                reader.GetBoolean(1) ? HazardType.CHA : HazardType.SHA, reader.GetInt32(2), reader.GetDouble(3)), ct,
            [("district", district, System.Data.DbType.Boolean), .. Parameters(provinceId, day)]);
    }
}
