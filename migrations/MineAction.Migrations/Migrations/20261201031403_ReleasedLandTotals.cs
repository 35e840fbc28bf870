using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class ReleasedLandTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_land_release_products_release_date",
                table: "land_release_products",
                column: "release_date");

            migrationBuilder.CreateIndex(
                name: "ix_land_release_products_superseded_on",
                table: "land_release_products",
                column: "superseded_on",
                filter: "superseded_on IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_hazardous_areas_confirmed_on",
                table: "hazardous_areas",
                column: "confirmed_on",
                filter: "confirmed_on IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_hazardous_areas_recorded_on",
                table: "hazardous_areas",
                column: "recorded_on",
                filter: "approval_status = 'Approved' AND archived_at IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "id", "area_m2", "confirmed_on", "province_id", "district_id", "type", "status" });

            // Released land per hazard (issue #19, item 2): what national aggregates of remaining contamination subtract, kept by the
            // database in the same transaction as the ledger instead of re-summed over every released area on each read. A row counts
            // released land as the ledger does for "now": approved, not archived, not superseded, of an approved activity not archived.
            // Statement triggers (transition tables) recompute the hazards a statement touched, once each — a COPY of thousands of
            // released areas recomputes each hazard once, and a record's own row version is never changed by it.
            migrationBuilder.Sql("""
                CREATE TABLE released_land_totals (
                    hazardous_area_id uuid PRIMARY KEY REFERENCES hazardous_areas (id) ON DELETE CASCADE,
                    released_m2 double precision NOT NULL);

                CREATE FUNCTION released_land_totals_refresh(hazards uuid[]) RETURNS void LANGUAGE sql AS $$
                    INSERT INTO released_land_totals (hazardous_area_id, released_m2)
                    SELECT h.id, COALESCE((
                        SELECT sum(p.area_m2) FROM land_release_products p
                        JOIN land_release_activities a ON a.id = p.activity_id AND a.archived_at IS NULL AND a.approval_status = 'Approved'
                        WHERE p.hazardous_area_id = h.id AND p.archived_at IS NULL AND p.approval_status = 'Approved' AND p.superseded_on IS NULL), 0)
                    FROM (SELECT DISTINCT unnest(hazards) AS id) h
                    WHERE h.id IS NOT NULL
                    ON CONFLICT (hazardous_area_id) DO UPDATE SET released_m2 = EXCLUDED.released_m2;
                $$;

                CREATE FUNCTION released_land_totals_products_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN PERFORM released_land_totals_refresh(ARRAY(SELECT hazardous_area_id FROM new_rows)); RETURN NULL; END $$;
                CREATE FUNCTION released_land_totals_products_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN PERFORM released_land_totals_refresh(ARRAY(SELECT hazardous_area_id FROM old_rows)); RETURN NULL; END $$;
                CREATE FUNCTION released_land_totals_products_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM released_land_totals_refresh(ARRAY(SELECT hazardous_area_id FROM new_rows UNION SELECT hazardous_area_id FROM old_rows));
                    RETURN NULL;
                END $$;
                CREATE FUNCTION released_land_totals_activities_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM released_land_totals_refresh(ARRAY(
                        SELECT n.hazardous_area_id FROM new_rows n JOIN old_rows o ON o.id = n.id
                        WHERE (n.approval_status, n.archived_at) IS DISTINCT FROM (o.approval_status, o.archived_at)
                           OR n.hazardous_area_id <> o.hazardous_area_id
                        UNION SELECT o.hazardous_area_id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.hazardous_area_id <> o.hazardous_area_id));
                    RETURN NULL;
                END $$;

                CREATE TRIGGER released_land_totals_products_inserted AFTER INSERT ON land_release_products
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION released_land_totals_products_inserted();
                CREATE TRIGGER released_land_totals_products_updated AFTER UPDATE ON land_release_products
                    REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION released_land_totals_products_changed();
                CREATE TRIGGER released_land_totals_products_deleted AFTER DELETE ON land_release_products
                    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION released_land_totals_products_deleted();
                CREATE TRIGGER released_land_totals_activities_updated AFTER UPDATE ON land_release_activities
                    REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION released_land_totals_activities_changed();

                SELECT released_land_totals_refresh(ARRAY(SELECT DISTINCT hazardous_area_id FROM land_release_products));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER released_land_totals_activities_updated ON land_release_activities;
                DROP TRIGGER released_land_totals_products_updated ON land_release_products;
                DROP TRIGGER released_land_totals_products_deleted ON land_release_products;
                DROP TRIGGER released_land_totals_products_inserted ON land_release_products;
                DROP FUNCTION released_land_totals_activities_changed();
                DROP FUNCTION released_land_totals_products_changed();
                DROP FUNCTION released_land_totals_products_deleted();
                DROP FUNCTION released_land_totals_products_inserted();
                DROP FUNCTION released_land_totals_refresh(uuid[]);
                DROP TABLE released_land_totals;
                """);

            migrationBuilder.DropIndex(
                name: "ix_land_release_products_release_date",
                table: "land_release_products");

            migrationBuilder.DropIndex(
                name: "ix_land_release_products_superseded_on",
                table: "land_release_products");

            migrationBuilder.DropIndex(
                name: "ix_hazardous_areas_confirmed_on",
                table: "hazardous_areas");

            migrationBuilder.DropIndex(
                name: "ix_hazardous_areas_recorded_on",
                table: "hazardous_areas");
        }
    }
}
