namespace MineAction.Application.DataImport;

/// <summary>The SQL of <see cref="ProductBatch"/> over its staging table (<see cref="Staged"/> stands for its name).</summary>
internal static class ProductBatchSql
{
    public const string Staged = "staged_products";

    /// <summary>
    /// The hazards the staged land is released from, locked as the API locks one hazard for one release: from here to the commit nobody
    /// else releases land from them, so the measures below stay true.
    /// </summary>
    public const string Lock = """
        SELECT 1 FROM hazardous_areas WHERE id IN (SELECT hazardous_area_id FROM staged_products) ORDER BY id FOR UPDATE
        """;

    /// <summary>Indexes for the overlap of staged polygons with each other, and the table's statistics for the measures' plan.</summary>
    public static readonly string[] Prepare =
    [
        "CREATE INDEX ON staged_products USING gist (geometry)",
        "CREATE INDEX ON staged_products (hazardous_area_id, row_number)",
        "ANALYZE staged_products",
    ];

    /// <summary>Whether anything the check read changed since <c>$1</c>: the activities, their hazards or the land released from them.</summary>
    public const string ChangedSince = """
        SELECT EXISTS (SELECT 1 FROM land_release_activities a WHERE a.updated_at >= $1 AND a.id IN (SELECT activity_id FROM staged_products))
            OR EXISTS (SELECT 1 FROM hazardous_areas h WHERE h.updated_at >= $1 AND h.id IN (SELECT hazardous_area_id FROM staged_products))
            OR EXISTS (SELECT 1 FROM land_release_products p
                       WHERE p.updated_at >= $1 AND p.hazardous_area_id IN (SELECT hazardous_area_id FROM staged_products))
        """;

    /// <summary>Staged rows whose external id another released land of their organisation holds (archived ones too): row, id, holder.</summary>
    public const string Held = """
        SELECT s.row_number, s.external_imsma_id, p.id::text
        FROM staged_products s
        JOIN land_release_products p ON p.organisation_id = s.organisation_id AND p.external_imsma_id = s.external_imsma_id
        ORDER BY s.row_number
        """;

    /// <summary>
    /// What <c>ReleaseFacts</c> judges, for every staged row as the API measures one release: inside its hazard (1 m of GPS noise), its area,
    /// the hazard's, the land released from the hazard before it (recorded and in force, and the file's earlier rows) and its largest
    /// overlap with that land. Row, cell, inside, area, hazard area, released, overlap.
    /// </summary>
    public const string Measures = """
        WITH released AS (
            SELECT p.hazardous_area_id, sum(p.area_m2) AS m2 FROM land_release_products p
            WHERE p.archived_at IS NULL AND p.superseded_on IS NULL AND p.hazardous_area_id IN (SELECT hazardous_area_id FROM staged_products)
            GROUP BY p.hazardous_area_id),
        measured AS (SELECT s.*, ST_Area(s.geometry::geography) AS m2 FROM staged_products s)
        SELECT s.row_number, s.geometry_cell,
               ST_Within(s.geometry, ST_Buffer(h.geometry::geography, 1)::geometry),
               s.m2, h.area_m2,
               coalesce(r.m2, 0) + coalesce(sum(s.m2) OVER (PARTITION BY s.hazardous_area_id ORDER BY s.row_number
                                                           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0),
               greatest(
                   (SELECT max(ST_Area(ST_Intersection(p.geometry, s.geometry)::geography)) FROM land_release_products p
                    WHERE p.hazardous_area_id = s.hazardous_area_id AND p.archived_at IS NULL AND p.superseded_on IS NULL
                      AND ST_Intersects(p.geometry, s.geometry)),
                   (SELECT max(ST_Area(ST_Intersection(o.geometry, s.geometry)::geography)) FROM staged_products o
                    WHERE o.hazardous_area_id = s.hazardous_area_id AND o.row_number < s.row_number AND ST_Intersects(o.geometry, s.geometry)),
                   0)
        FROM measured s
        JOIN hazardous_areas h ON h.id = s.hazardous_area_id
        LEFT JOIN released r ON r.hazardous_area_id = s.hazardous_area_id
        ORDER BY s.row_number
        """;

    /// <summary>The released land, in file order. <c>$1</c>: now; <c>$2</c>: the user.</summary>
    public const string Write = """
        INSERT INTO land_release_products (id, activity_id, organisation_id, hazardous_area_id, geometry, outcome, cleared_depth_cm, release_date,
            external_imsma_id, created_at, created_by, updated_at, updated_by, approval_status, reviewed_at, reviewed_by, review_comment)
        SELECT s.id, s.activity_id, s.organisation_id, s.hazardous_area_id, s.geometry, s.outcome, s.cleared_depth_cm, s.release_date,
            s.external_imsma_id, $1, $2, $1, $2, s.approval_status, s.reviewed_at, s.reviewed_by, s.review_comment
        FROM staged_products s
        ORDER BY s.row_number
        """;
}
