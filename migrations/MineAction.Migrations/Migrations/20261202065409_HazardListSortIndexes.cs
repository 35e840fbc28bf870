using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class HazardListSortIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_hazardous_areas_status",
                table: "hazardous_areas");

            migrationBuilder.CreateIndex(
                name: "ix_hazardous_areas_area_m2_id",
                table: "hazardous_areas",
                columns: new[] { "area_m2", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_hazardous_areas_name_id",
                table: "hazardous_areas",
                columns: new[] { "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_hazardous_areas_recorded_on_id",
                table: "hazardous_areas",
                columns: new[] { "recorded_on", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_hazardous_areas_status_id",
                table: "hazardous_areas",
                columns: new[] { "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_hazardous_areas_type_id",
                table: "hazardous_areas",
                columns: new[] { "type", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_hazardous_areas_area_m2_id",
                table: "hazardous_areas");

            migrationBuilder.DropIndex(
                name: "ix_hazardous_areas_name_id",
                table: "hazardous_areas");

            migrationBuilder.DropIndex(
                name: "ix_hazardous_areas_recorded_on_id",
                table: "hazardous_areas");

            migrationBuilder.DropIndex(
                name: "ix_hazardous_areas_status_id",
                table: "hazardous_areas");

            migrationBuilder.DropIndex(
                name: "ix_hazardous_areas_type_id",
                table: "hazardous_areas");

            migrationBuilder.CreateIndex(
                name: "ix_hazardous_areas_status",
                table: "hazardous_areas",
                column: "status");
        }
    }
}
