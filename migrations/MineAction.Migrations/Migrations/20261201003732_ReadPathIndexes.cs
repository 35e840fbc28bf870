using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class ReadPathIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_entries_entity_type_entity_id_occurred_at",
                table: "audit_entries");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:postgis", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.CreateIndex(
                name: "ix_hazardous_areas_code_trgm",
                table: "hazardous_areas",
                column: "code")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_hazardous_areas_external_imsma_id_trgm",
                table: "hazardous_areas",
                column: "external_imsma_id")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_hazardous_areas_name_trgm",
                table: "hazardous_areas",
                column: "name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity_id_occurred_at_id",
                table: "audit_entries",
                columns: new[] { "entity_id", "occurred_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity_type_occurred_at_id",
                table: "audit_entries",
                columns: new[] { "entity_type", "occurred_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_occurred_at_id",
                table: "audit_entries",
                columns: new[] { "occurred_at", "id" },
                descending: new bool[0]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_hazardous_areas_code_trgm",
                table: "hazardous_areas");

            migrationBuilder.DropIndex(
                name: "ix_hazardous_areas_external_imsma_id_trgm",
                table: "hazardous_areas");

            migrationBuilder.DropIndex(
                name: "ix_hazardous_areas_name_trgm",
                table: "hazardous_areas");

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_entity_id_occurred_at_id",
                table: "audit_entries");

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_entity_type_occurred_at_id",
                table: "audit_entries");

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_occurred_at_id",
                table: "audit_entries");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:postgis", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity_type_entity_id_occurred_at",
                table: "audit_entries",
                columns: new[] { "entity_type", "entity_id", "occurred_at" });
        }
    }
}
