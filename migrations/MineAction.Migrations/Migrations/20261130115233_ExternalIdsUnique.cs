using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class ExternalIdsUnique : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_hazardous_areas_external_imsma_id",
                table: "hazardous_areas");

            migrationBuilder.AddColumn<string>(
                name: "external_imsma_id",
                table: "land_release_products",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "external_imsma_id",
                table: "land_release_activities",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "external_imsma_id",
                table: "devices_found",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            // Earlier versions let two records share an external id (the demo drew its IMSMA ids at random). The oldest keeps the id; each
            // later holder gets its own code or id appended, so no id is lost and every one names one record. Audited as a system change.
            migrationBuilder.Sql(Rename("hazardous_areas", "HazardousArea", "code", "o.recording_organisation_id = t.recording_organisation_id AND "));
            migrationBuilder.Sql(Rename("organisations", "Organisation", "acronym", string.Empty));

            migrationBuilder.CreateIndex(
                name: "ix_organisations_external_imsma_id",
                table: "organisations",
                column: "external_imsma_id",
                unique: true,
                filter: "external_imsma_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_land_release_products_organisation_id_external_imsma_id",
                table: "land_release_products",
                columns: new[] { "organisation_id", "external_imsma_id" },
                unique: true,
                filter: "external_imsma_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_land_release_activities_organisation_id_external_imsma_id",
                table: "land_release_activities",
                columns: new[] { "organisation_id", "external_imsma_id" },
                unique: true,
                filter: "external_imsma_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_hazardous_areas_recording_organisation_id_external_imsma_id",
                table: "hazardous_areas",
                columns: new[] { "recording_organisation_id", "external_imsma_id" },
                unique: true,
                filter: "external_imsma_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_devices_found_organisation_id_external_imsma_id",
                table: "devices_found",
                columns: new[] { "organisation_id", "external_imsma_id" },
                unique: true,
                filter: "external_imsma_id IS NOT NULL");
        }

        /// <summary>The SQL that appends <paramref name="label"/> to every later holder of an external id, audited.</summary>
        private static string Rename(string table, string entity, string label, string sameOwner) => $"""
            WITH targets AS (
                SELECT t.id, t.external_imsma_id AS old, left(t.external_imsma_id, 99 - length(t.{label})) || '~' || t.{label} AS new
                FROM {table} t
                WHERE t.external_imsma_id IS NOT NULL AND EXISTS (
                    SELECT 1 FROM {table} o
                    WHERE {sameOwner}o.external_imsma_id = t.external_imsma_id AND (o.created_at, o.id) < (t.created_at, t.id))),
            renamed AS (
                UPDATE {table} r SET external_imsma_id = targets.new FROM targets WHERE r.id = targets.id RETURNING r.id)
            INSERT INTO audit_entries (id, entity_type, entity_id, action, user_name, occurred_at, changes, reason)
            SELECT gen_random_uuid(), '{entity}', targets.id, 'Updated', 'system (migration ExternalIdsUnique)', now(),
                   jsonb_build_object('externalImsmaId', jsonb_build_object('old', targets.old, 'new', targets.new)),
                   'External ids became unique per record type and organisation; a later holder of a shared id keeps it with its own code appended.'
            FROM targets JOIN renamed ON renamed.id = targets.id;
            """;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_organisations_external_imsma_id",
                table: "organisations");

            migrationBuilder.DropIndex(
                name: "ix_land_release_products_organisation_id_external_imsma_id",
                table: "land_release_products");

            migrationBuilder.DropIndex(
                name: "ix_land_release_activities_organisation_id_external_imsma_id",
                table: "land_release_activities");

            migrationBuilder.DropIndex(
                name: "ix_hazardous_areas_recording_organisation_id_external_imsma_id",
                table: "hazardous_areas");

            migrationBuilder.DropIndex(
                name: "ix_devices_found_organisation_id_external_imsma_id",
                table: "devices_found");

            migrationBuilder.DropColumn(
                name: "external_imsma_id",
                table: "land_release_products");

            migrationBuilder.DropColumn(
                name: "external_imsma_id",
                table: "land_release_activities");

            migrationBuilder.DropColumn(
                name: "external_imsma_id",
                table: "devices_found");

            migrationBuilder.CreateIndex(
                name: "ix_hazardous_areas_external_imsma_id",
                table: "hazardous_areas",
                column: "external_imsma_id");
        }
    }
}
