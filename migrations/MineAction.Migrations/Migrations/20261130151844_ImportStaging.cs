using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class ImportStaging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Scratch tables of imports between their check and their commit (unlogged, one per import, dropped by the commit).
            migrationBuilder.Sql("CREATE SCHEMA IF NOT EXISTS import_staging;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP SCHEMA IF EXISTS import_staging CASCADE;");
        }
    }
}
