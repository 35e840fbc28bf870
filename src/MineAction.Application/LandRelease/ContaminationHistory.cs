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
    /// Remaining contamination at the end of <paramref name="day"/>, SHA and CHA, from the cells the database keeps now — see
    /// <see cref="CellsOnDay"/>.
    /// </summary>
    public static async Task<IReadOnlyDictionary<HazardType, double>> RemainingAsync(IMineActionDb db, Guid? provinceId, DateOnly day,
        CancellationToken ct)
    {
        var remaining = await SqlRows.QueryAsync(db, $"SELECT cha, SUM(remaining_m2)::float8 FROM ({CellsOnDay}) x GROUP BY 1",
            reader => (Cha: reader.GetBoolean(0), RemainingM2: reader.GetDouble(1)), ct, Parameters(provinceId, day));
        return Enum.GetValues<HazardType>().ToDictionary(t => t, t => remaining.Where(r => r.Cha == (t == HazardType.CHA)).Sum(r => r.RemainingM2));
    }

    /// <summary>
    /// Remaining contamination at the end of <c>@day</c> (of <c>@province</c> when given) per province, district and SHA/CHA: the hazards
    /// counted, those with more than 1 m² left, and the area left. Approved hazards recorded by the day, typed CHA if confirmed by then,
    /// less the land released by then. Read without going through every hazard: the database keeps these cells as they are now
    /// (<c>remaining_contamination</c>, maintained by triggers in the transaction that changes a hazard or its released land); the few
    /// hazards whose figure on the day differs from now — recorded or confirmed after it, or with land released or re-opened after it,
    /// all found by date indexes — are taken out as they are now and put back as they were then. Today costs only the cells.
    /// </summary>
    private const string CellsOnDay = """
        WITH later AS (
            SELECT p.hazardous_area_id,
                   SUM(CASE WHEN p.release_date <= @day THEN p.area_m2 WHEN p.superseded_on IS NULL THEN -p.area_m2 ELSE 0 END)
                       FILTER (WHERE a.id IS NOT NULL) AS delta
            FROM land_release_products p
            LEFT JOIN land_release_activities a ON a.id = p.activity_id AND a.archived_at IS NULL AND a.approval_status = 'Approved'
            WHERE (p.release_date > @day OR p.superseded_on > @day) AND p.archived_at IS NULL AND p.approval_status = 'Approved'
            GROUP BY p.hazardous_area_id),
        changed AS (
            SELECT hazardous_area_id AS id FROM later
            UNION
            SELECT h.id FROM hazardous_areas h
            WHERE h.approval_status = 'Approved' AND h.archived_at IS NULL AND h.recorded_on > @day
            UNION
            SELECT h.id FROM hazardous_areas h
            WHERE h.confirmed_on > @day AND h.approval_status = 'Approved' AND h.archived_at IS NULL),
        corrected AS (
            SELECT h.province_id, h.district_id, h.confirmed_on IS NOT NULL AS cha_now, remaining_contamination_part(h.area_m2, r.released_m2) AS now_m2,
                   h.recorded_on <= @day AS counted_then, h.confirmed_on <= @day AS cha_then,
                   remaining_contamination_part(h.area_m2, r.released_m2) - COALESCE(l.delta, 0)::numeric AS then_m2
            FROM changed c
            JOIN hazardous_areas h ON h.id = c.id AND h.approval_status = 'Approved' AND h.archived_at IS NULL
                AND (CAST(@province AS uuid) IS NULL OR h.province_id = @province)
            LEFT JOIN released_land_totals r ON r.hazardous_area_id = h.id
            LEFT JOIN later l ON l.hazardous_area_id = h.id)
        SELECT province_id, district_id, cha, SUM(open_hazards)::int AS open_hazards, SUM(remaining_m2) AS remaining_m2
        FROM (
            SELECT province_id, district_id, cha, hazards, open_hazards, remaining_m2 FROM remaining_contamination
            WHERE CAST(@province AS uuid) IS NULL OR province_id = @province
            UNION ALL
            SELECT province_id, district_id, cha_now, -1, -(now_m2 > 1)::int, -now_m2 FROM corrected
            UNION ALL
            SELECT province_id, district_id, COALESCE(cha_then, false), 1, (then_m2 > 1)::int, then_m2 FROM corrected WHERE counted_then) cells
        GROUP BY 1, 2, 3
        HAVING SUM(hazards) > 0
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
            SELECT CASE WHEN @district THEN district_id ELSE province_id END, cha, SUM(open_hazards)::int, COALESCE(SUM(remaining_m2), 0)::float8
            FROM ({CellsOnDay}) x
            GROUP BY 1, 2
            """;
        return SqlRows.QueryAsync(db, sql, reader => new LandReleaseSummary.RemainingRow(reader.IsDBNull(0) ? null : reader.GetGuid(0),
                reader.GetBoolean(1) ? HazardType.CHA : HazardType.SHA, reader.GetInt32(2), reader.GetDouble(3)), ct,
            [("district", district, System.Data.DbType.Boolean), .. Parameters(provinceId, day)]);
    }
}
