using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class LedgerCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_land_release_products_release_date",
                table: "land_release_products");

            migrationBuilder.DropIndex(
                name: "ix_land_release_products_superseded_on",
                table: "land_release_products");

            migrationBuilder.CreateIndex(
                name: "ix_land_release_products_release_date",
                table: "land_release_products",
                column: "release_date",
                filter: "approval_status = 'Approved' AND archived_at IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "hazardous_area_id", "activity_id", "area_m2", "outcome", "superseded_on" });

            migrationBuilder.CreateIndex(
                name: "ix_land_release_products_superseded_on",
                table: "land_release_products",
                column: "superseded_on",
                filter: "superseded_on IS NOT NULL AND approval_status = 'Approved' AND archived_at IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "hazardous_area_id", "activity_id", "area_m2", "release_date" });

            migrationBuilder.CreateIndex(
                name: "ix_land_release_activities_approved",
                table: "land_release_activities",
                column: "id",
                filter: "approval_status = 'Approved' AND archived_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_land_release_products_release_date",
                table: "land_release_products");

            migrationBuilder.DropIndex(
                name: "ix_land_release_products_superseded_on",
                table: "land_release_products");

            migrationBuilder.DropIndex(
                name: "ix_land_release_activities_approved",
                table: "land_release_activities");

            migrationBuilder.CreateIndex(
                name: "ix_land_release_products_release_date",
                table: "land_release_products",
                column: "release_date");

            migrationBuilder.CreateIndex(
                name: "ix_land_release_products_superseded_on",
                table: "land_release_products",
                column: "superseded_on",
                filter: "superseded_on IS NOT NULL");
        }
    }
}
