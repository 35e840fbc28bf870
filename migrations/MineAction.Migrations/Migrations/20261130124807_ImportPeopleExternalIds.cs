using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class ImportPeopleExternalIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "encrypted",
                table: "import_files",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "external_imsma_id",
                table: "eore_sessions",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "external_imsma_id",
                table: "casualties",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "external_imsma_id",
                table: "accidents",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_eore_sessions_organisation_id_external_imsma_id",
                table: "eore_sessions",
                columns: new[] { "organisation_id", "external_imsma_id" },
                unique: true,
                filter: "external_imsma_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_casualties_accident_id_external_imsma_id",
                table: "casualties",
                columns: new[] { "accident_id", "external_imsma_id" },
                unique: true,
                filter: "external_imsma_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_accidents_external_imsma_id",
                table: "accidents",
                column: "external_imsma_id",
                unique: true,
                filter: "external_imsma_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_eore_sessions_organisation_id_external_imsma_id",
                table: "eore_sessions");

            migrationBuilder.DropIndex(
                name: "ix_casualties_accident_id_external_imsma_id",
                table: "casualties");

            migrationBuilder.DropIndex(
                name: "ix_accidents_external_imsma_id",
                table: "accidents");

            migrationBuilder.DropColumn(
                name: "encrypted",
                table: "import_files");

            migrationBuilder.DropColumn(
                name: "external_imsma_id",
                table: "eore_sessions");

            migrationBuilder.DropColumn(
                name: "external_imsma_id",
                table: "casualties");

            migrationBuilder.DropColumn(
                name: "external_imsma_id",
                table: "accidents");
        }
    }
}
