using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationSector : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "sector",
                table: "organisations",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "MineAction");

            // Existing organisations are mine-action organisations until an administrator says otherwise; new rows always name their sector.
            migrationBuilder.Sql("ALTER TABLE organisations ALTER COLUMN sector DROP DEFAULT;");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_sector",
                table: "organisations",
                column: "sector");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_organisations_sector",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "sector",
                table: "organisations");
        }
    }
}
