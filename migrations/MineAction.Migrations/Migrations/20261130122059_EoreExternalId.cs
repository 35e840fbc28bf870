using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class EoreExternalId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "external_imsma_id",
                table: "eore_sessions",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_eore_sessions_organisation_id_external_imsma_id",
                table: "eore_sessions",
                columns: new[] { "organisation_id", "external_imsma_id" },
                unique: true,
                filter: "external_imsma_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_eore_sessions_organisation_id_external_imsma_id",
                table: "eore_sessions");

            migrationBuilder.DropColumn(
                name: "external_imsma_id",
                table: "eore_sessions");
        }
    }
}
