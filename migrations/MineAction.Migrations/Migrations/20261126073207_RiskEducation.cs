using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class RiskEducation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "eore_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    location = table.Column<Point>(type: "geometry(Point,4326)", nullable: false),
                    province_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    audience = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    materials = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    beneficiaries_boys = table.Column<int>(type: "integer", nullable: false),
                    beneficiaries_girls = table.Column<int>(type: "integer", nullable: false),
                    beneficiaries_men = table.Column<int>(type: "integer", nullable: false),
                    beneficiaries_women = table.Column<int>(type: "integer", nullable: false),
                    disabled_boys = table.Column<int>(type: "integer", nullable: false),
                    disabled_girls = table.Column<int>(type: "integer", nullable: false),
                    disabled_men = table.Column<int>(type: "integer", nullable: false),
                    disabled_women = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    archived_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    archive_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    approval_status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    reviewed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    review_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_eore_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_eore_sessions_admin_areas_province_id",
                        column: x => x.province_id,
                        principalTable: "admin_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_eore_sessions_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_eore_sessions_held_on_province_id",
                table: "eore_sessions",
                columns: new[] { "held_on", "province_id" });

            migrationBuilder.CreateIndex(
                name: "ix_eore_sessions_organisation_id",
                table: "eore_sessions",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_eore_sessions_province_id",
                table: "eore_sessions",
                column: "province_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "eore_sessions");
        }
    }
}
