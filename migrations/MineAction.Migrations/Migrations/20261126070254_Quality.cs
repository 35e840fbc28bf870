using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class Quality : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "quality_visits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspected_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspecting_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    visited_on = table.Column<DateOnly>(type: "date", nullable: false),
                    findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
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
                    table.PrimaryKey("pk_quality_visits", x => x.id);
                    table.ForeignKey(
                        name: "fk_quality_visits_land_release_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "land_release_activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_quality_visits_organisations_inspected_organisation_id",
                        column: x => x.inspected_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_quality_visits_organisations_inspecting_organisation_id",
                        column: x => x.inspecting_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "non_conformities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    visit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    severity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    corrective_action = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    raised_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closure_evidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
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
                    table.PrimaryKey("pk_non_conformities", x => x.id);
                    table.ForeignKey(
                        name: "fk_non_conformities_land_release_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "land_release_activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_non_conformities_quality_visits_visit_id",
                        column: x => x.visit_id,
                        principalTable: "quality_visits",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_non_conformities_activity_id_severity",
                table: "non_conformities",
                columns: new[] { "activity_id", "severity" });

            migrationBuilder.CreateIndex(
                name: "ix_non_conformities_organisation_id_closed_on",
                table: "non_conformities",
                columns: new[] { "organisation_id", "closed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_non_conformities_visit_id",
                table: "non_conformities",
                column: "visit_id");

            migrationBuilder.CreateIndex(
                name: "ix_quality_visits_activity_id",
                table: "quality_visits",
                column: "activity_id");

            migrationBuilder.CreateIndex(
                name: "ix_quality_visits_inspected_organisation_id",
                table: "quality_visits",
                column: "inspected_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_quality_visits_inspecting_organisation_id",
                table: "quality_visits",
                column: "inspecting_organisation_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "non_conformities");

            migrationBuilder.DropTable(
                name: "quality_visits");
        }
    }
}
