using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class ReviewInboxIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_land_release_products_submitted",
                table: "land_release_products",
                column: "activity_id",
                filter: "approval_status = 'Submitted' AND archived_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_devices_found_submitted",
                table: "devices_found",
                column: "activity_id",
                filter: "approval_status = 'Submitted' AND archived_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_land_release_products_submitted",
                table: "land_release_products");

            migrationBuilder.DropIndex(
                name: "ix_devices_found_submitted",
                table: "devices_found");
        }
    }
}
