using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class MapIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_eore_sessions_location",
                table: "eore_sessions",
                column: "location")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_devices_found_map",
                table: "devices_found",
                column: "location",
                filter: "approval_status = 'Approved' AND archived_at IS NULL AND location IS NOT NULL")
                .Annotation("Npgsql:IndexMethod", "gist");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_eore_sessions_location",
                table: "eore_sessions");

            migrationBuilder.DropIndex(
                name: "ix_devices_found_map",
                table: "devices_found");
        }
    }
}
