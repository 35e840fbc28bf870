namespace MineAction.Application.DataImport;

/// <summary>The SQL of <see cref="HazardBatch"/> over its staging table (<see cref="Staged"/> stands for its name).</summary>
internal static class HazardBatchSql
{
    public const string Staged = "staged_hazards";

    /// <summary>
    /// The admin area of <c>level</c> (under <c>parent</c>, when given) a staged polygon <c>s.geometry</c> overlaps most, ties to the lower code —
    /// a polygon the area covers needs no intersection to know it.
    /// </summary>
    private static string Largest(string level, string parent, string row) => $"""
        (SELECT a.id FROM admin_areas a
         WHERE a.level = {level} AND a.archived_at IS NULL AND ({parent} IS NULL OR a.parent_id = {parent}) AND ST_Intersects(a.boundary, {row}.geometry)
         ORDER BY CASE WHEN ST_Covers(a.boundary, {row}.geometry) THEN ST_Area({row}.geometry)
                       ELSE ST_Area(ST_Intersection(a.boundary, {row}.geometry)) END DESC,
                  a.code
         LIMIT 1)
        """;

    /// <summary>
    /// A district named without its province states that province; then the province and district not stated are found from the polygon
    /// (as <c>AdminPlace</c> does) — found anew when run again (a commit after admin areas changed), since what was stated is flagged:
    /// rows whose stated areas are wrong are reported by <see cref="Problems"/>, planned on the table's statistics.
    /// </summary>
    public static readonly string[] Place =
    [
        """
        UPDATE staged_hazards s SET province_id = a.parent_id, province_stated = true
        FROM admin_areas a WHERE s.province_id IS NULL AND a.id = s.district_id AND a.level = 2
        """,
        // Most polygons lie inside one district: one spatial join places them (the district's province covers them too — or is the one
        // stated); the others are measured against every area they touch.
        $"""
        WITH covered AS MATERIALIZED (
            SELECT DISTINCT ON (s.row_number) s.row_number, d.parent_id AS province_id, d.id AS district_id
            FROM staged_hazards s
            JOIN admin_areas d ON d.level = 2 AND d.archived_at IS NULL AND ST_Covers(d.boundary, s.geometry)
            JOIN admin_areas p ON p.id = d.parent_id AND p.level = 1 AND p.archived_at IS NULL
            WHERE NOT s.district_stated
              AND CASE WHEN s.province_stated THEN d.parent_id = s.province_id ELSE ST_Covers(p.boundary, s.geometry) END
            ORDER BY s.row_number, p.code, d.code),
        place AS MATERIALIZED (
            SELECT s.row_number, s.geometry, s.district_stated, s.district_id,
                   CASE WHEN s.province_stated THEN s.province_id ELSE {Largest("1", "NULL::uuid", "s")} END AS province_id
            FROM staged_hazards s
            WHERE NOT (s.province_stated AND s.district_stated) AND NOT EXISTS (SELECT 1 FROM covered c WHERE c.row_number = s.row_number)),
        found AS (
            SELECT row_number, province_id, district_id FROM covered
            UNION ALL
            SELECT f.row_number, f.province_id,
                   CASE WHEN f.district_stated THEN f.district_id
                        WHEN f.province_id IS NOT NULL THEN {Largest("2", "f.province_id", "f")} END
            FROM place f)
        UPDATE staged_hazards t SET province_id = x.province_id, district_id = x.district_id
        FROM found x WHERE x.row_number = t.row_number
        """,
        // Statistics for the problems' plan; not of the geometry, whose histogram would cost as much as the checks.
        "ANALYZE staged_hazards (row_number, recording_organisation_id, external_imsma_id, province_id, district_id, province_stated, district_stated)",
    ];

    /// <summary>
    /// Every problem of the staged rows that needs the database (but archived organisations: <c>ImportBatch</c>): row, column, value, rule, message. <c>$1</c>: the tolerance in metres
    /// around a stated province or district; <c>$2</c>: the programme's tolerance in degrees around its provinces.
    /// </summary>
    public const string Problems = """
        WITH country AS (SELECT EXISTS (SELECT 1 FROM admin_areas WHERE level = 1 AND archived_at IS NULL) AS has_boundaries),
        outside AS (
            -- A polygon placed in a province lies in the country; only the others are measured.
            SELECT s.row_number FROM staged_hazards s, country
            WHERE country.has_boundaries AND (s.province_id IS NULL OR s.province_stated)
              AND NOT EXISTS (SELECT 1 FROM admin_areas a WHERE a.level = 1 AND a.archived_at IS NULL AND ST_DWithin(a.boundary, s.geometry, $2))),
        problems AS (
            SELECT s.row_number, 'external_id' AS col, s.external_imsma_id AS value, 'EXTERNAL_ID_TAKEN' AS rule,
                   format('Hazardous area %s already has the external id ''%s'': an external id names one record of its type and organisation.',
                          h.code, s.external_imsma_id) AS message
            FROM staged_hazards s
            JOIN hazardous_areas h ON h.recording_organisation_id = s.recording_organisation_id AND h.external_imsma_id = s.external_imsma_id
            UNION ALL
            SELECT s.row_number, 'province', s.province_cell, 'VALIDATION',
                   format('%s is not a province in use (an administrative area of level 1).', coalesce(s.province_cell, 'The district''s parent'))
            FROM staged_hazards s LEFT JOIN admin_areas a ON a.id = s.province_id
            WHERE s.province_stated AND (a.level IS DISTINCT FROM 1 OR a.archived_at IS NOT NULL)
            UNION ALL
            SELECT s.row_number, 'district', s.district_cell, 'VALIDATION',
                   CASE WHEN a.level = 2 AND a.archived_at IS NULL THEN 'The district does not lie in the given province.'
                        ELSE format('%s is not a district in use (an administrative area of level 2).', s.district_cell) END
            FROM staged_hazards s LEFT JOIN admin_areas a ON a.id = s.district_id
            WHERE s.district_stated AND (a.level IS DISTINCT FROM 2 OR a.archived_at IS NOT NULL OR a.parent_id IS DISTINCT FROM s.province_id)
            UNION ALL
            SELECT s.row_number, 'geometry', s.geometry_cell, 'VALIDATION',
                   format('The location (longitude %s, latitude %s) lies outside the programme''s country. Check that longitude comes first and that the coordinates are WGS 84 degrees.',
                          round(ST_X(ST_PointOnSurface(s.geometry))::numeric, 4), round(ST_Y(ST_PointOnSurface(s.geometry))::numeric, 4))
            FROM staged_hazards s JOIN outside o ON o.row_number = s.row_number
            UNION ALL
            SELECT s.row_number, 'province', NULL, 'VALIDATION',
                   CASE WHEN country.has_boundaries THEN 'The geometry lies in no province; state the province, or check the coordinates.'
                        ELSE '''provinceId'' is required until the country''s boundaries are loaded.' END
            FROM staged_hazards s, country WHERE s.province_id IS NULL AND s.row_number NOT IN (SELECT row_number FROM outside)
            UNION ALL
            SELECT s.row_number, CASE WHEN a.level = 1 THEN 'province' ELSE 'district' END,
                   CASE WHEN a.level = 1 THEN s.province_cell ELSE s.district_cell END, 'LOCATION_OUTSIDE_ADMIN_AREA',
                   format('The location lies %s, more than %s m outside %s; correct the %s or the coordinates, or leave the %s out to have it found.',
                          coalesce('in ' || actual.name || ' (' || actual.code || ')',
                                   CASE WHEN a.level = 1 THEN 'in no province' ELSE 'in no district of that province' END),
                          round($1::numeric), a.name, kind.word, kind.word)
            FROM (SELECT * FROM staged_hazards WHERE province_stated OR district_stated) s
            JOIN admin_areas a ON (a.id = s.province_id AND s.province_stated AND a.level = 1)
                               OR (a.id = s.district_id AND s.district_stated AND a.level = 2 AND a.parent_id = s.province_id)
            CROSS JOIN LATERAL (SELECT CASE WHEN a.level = 1 THEN 'province' ELSE 'district' END AS word) kind
            LEFT JOIN LATERAL (
                SELECT o.name, o.code FROM admin_areas o
                WHERE o.level = a.level AND o.archived_at IS NULL AND (a.level = 1 OR o.parent_id = s.province_id)
                  AND ST_Intersects(o.boundary, s.geometry)
                ORDER BY ST_Area(ST_Intersection(o.boundary, s.geometry)) DESC, o.code LIMIT 1) actual ON true
            WHERE a.archived_at IS NULL AND s.row_number NOT IN (SELECT row_number FROM outside) AND NOT ST_Covers(a.boundary, s.geometry)
              AND NOT ST_DWithin(a.boundary::geography, s.geometry::geography, $1)
        )
        SELECT row_number, col, value, rule, message FROM problems ORDER BY row_number, col
        """;

    /// <summary>The hazards, in file order so that their codes follow it. <c>$1</c>: now; <c>$2</c>: the user.</summary>
    public const string Write = """
        INSERT INTO hazardous_areas (id, code, country_code, name, type, status, geometry, province_id, district_id, recording_organisation_id,
            device_categories, evidence, land_use_blocked, recorded_on, source_report, external_imsma_id, confirmed_on, confirmation_note,
            direct_girls, direct_boys, direct_women, direct_men, indirect_girls, indirect_boys, indirect_women, indirect_men,
            created_at, created_by, updated_at, updated_by, approval_status, reviewed_at, reviewed_by, review_comment)
        SELECT s.id, '', p.country_code, s.name, s.type, s.status, s.geometry, s.province_id, s.district_id, s.recording_organisation_id,
            s.device_categories, s.evidence, s.land_use_blocked, s.recorded_on, s.source_report, s.external_imsma_id, s.confirmed_on,
            s.confirmation_note, s.direct_girls, s.direct_boys, s.direct_women, s.direct_men, s.indirect_girls, s.indirect_boys,
            s.indirect_women, s.indirect_men, $1, $2, $1, $2, s.approval_status, s.reviewed_at, s.reviewed_by, s.review_comment
        FROM staged_hazards s JOIN admin_areas p ON p.id = s.province_id
        ORDER BY s.row_number
        """;
}
