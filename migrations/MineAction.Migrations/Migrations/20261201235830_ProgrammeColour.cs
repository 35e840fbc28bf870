using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammeColour : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "colour",
                table: "programme_settings",
                type: "text",
                nullable: false,
                defaultValue: "#1F4E5F");

            // The installation keeps the app's own colour until an administrator gives the programme's.
            migrationBuilder.Sql("ALTER TABLE programme_settings ALTER COLUMN colour DROP DEFAULT;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "colour",
                table: "programme_settings");
        }
    }
}
