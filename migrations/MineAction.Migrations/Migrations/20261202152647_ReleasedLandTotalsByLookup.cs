using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <summary>
    /// <c>released_land_totals_refresh</c> sums each hazard's released land with its activity looked up by primary key, one product at a
    /// time. Joined instead, PostgreSQL could choose a merge join that walks the approved activities' index from the start for every hazard:
    /// right after an import of 20,000 activities (new, time-ordered ids at the end of the index, not yet all-visible), the released land of
    /// the next file spent 70 s in this trigger — 200 million heap fetches — where the lookups take a fraction of a second.
    /// </summary>
    public partial class ReleasedLandTotalsByLookup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION released_land_totals_refresh(hazards uuid[]) RETURNS void LANGUAGE sql AS $$
                INSERT INTO released_land_totals (hazardous_area_id, released_m2)
                SELECT h.id, COALESCE((
                    SELECT sum(p.area_m2) FROM land_release_products p
                    WHERE p.hazardous_area_id = h.id AND p.archived_at IS NULL AND p.approval_status = 'Approved' AND p.superseded_on IS NULL
                      AND (SELECT a.archived_at IS NULL AND a.approval_status = 'Approved' FROM land_release_activities a WHERE a.id = p.activity_id)), 0)
                FROM (SELECT DISTINCT unnest(hazards) AS id) h
                WHERE h.id IS NOT NULL
                ON CONFLICT (hazardous_area_id) DO UPDATE SET released_m2 = EXCLUDED.released_m2;
            $$;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION released_land_totals_refresh(hazards uuid[]) RETURNS void LANGUAGE sql AS $$
                INSERT INTO released_land_totals (hazardous_area_id, released_m2)
                SELECT h.id, COALESCE((
                    SELECT sum(p.area_m2) FROM land_release_products p
                    JOIN land_release_activities a ON a.id = p.activity_id AND a.archived_at IS NULL AND a.approval_status = 'Approved'
                    WHERE p.hazardous_area_id = h.id AND p.archived_at IS NULL AND p.approval_status = 'Approved' AND p.superseded_on IS NULL), 0)
                FROM (SELECT DISTINCT unnest(hazards) AS id) h
                WHERE h.id IS NOT NULL
                ON CONFLICT (hazardous_area_id) DO UPDATE SET released_m2 = EXCLUDED.released_m2;
            $$;
            """);
    }
}
