using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class ReportNarratives : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "report_narratives",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    convention = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    form = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    archived_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    archive_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_narratives", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_report_narratives_convention_year_form",
                table: "report_narratives",
                columns: new[] { "convention", "year", "form" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_narratives");
        }
    }
}
