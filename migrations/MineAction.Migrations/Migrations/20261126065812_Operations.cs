using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class Operations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "task_id",
                table: "land_release_activities",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "accreditations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    activity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: false),
                    province_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
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
                    table.PrimaryKey("pk_accreditations", x => x.id);
                    table.CheckConstraint("ck_accreditations_dates", "expires_on > issued_on");
                    table.ForeignKey(
                        name: "fk_accreditations_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "clearance_tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    activity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    hazardous_area_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    priority = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    priority_score = table.Column<double>(type: "double precision", nullable: false),
                    planned_start = table.Column<DateOnly>(type: "date", nullable: true),
                    planned_end = table.Column<DateOnly>(type: "date", nullable: true),
                    funding_contribution_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    accepted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    cancelled_on = table.Column<DateOnly>(type: "date", nullable: true),
                    cancel_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
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
                    table.PrimaryKey("pk_clearance_tasks", x => x.id);
                    table.CheckConstraint("ck_tasks_hazards", "cardinality(hazardous_area_ids) > 0");
                    table.ForeignKey(
                        name: "fk_clearance_tasks_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_land_release_activities_task_id",
                table: "land_release_activities",
                column: "task_id");

            migrationBuilder.CreateIndex(
                name: "ix_accreditations_expires_on",
                table: "accreditations",
                column: "expires_on");

            migrationBuilder.CreateIndex(
                name: "ix_accreditations_number",
                table: "accreditations",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_accreditations_organisation_id_activity_status",
                table: "accreditations",
                columns: new[] { "organisation_id", "activity", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_clearance_tasks_hazardous_area_ids",
                table: "clearance_tasks",
                column: "hazardous_area_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_clearance_tasks_organisation_id",
                table: "clearance_tasks",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_clearance_tasks_status_organisation_id",
                table: "clearance_tasks",
                columns: new[] { "status", "organisation_id" });

            migrationBuilder.AddForeignKey(
                name: "fk_land_release_activities_clearance_tasks_task_id",
                table: "land_release_activities",
                column: "task_id",
                principalTable: "clearance_tasks",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_land_release_activities_clearance_tasks_task_id",
                table: "land_release_activities");

            migrationBuilder.DropTable(
                name: "accreditations");

            migrationBuilder.DropTable(
                name: "clearance_tasks");

            migrationBuilder.DropIndex(
                name: "ix_land_release_activities_task_id",
                table: "land_release_activities");

            migrationBuilder.DropColumn(
                name: "task_id",
                table: "land_release_activities");
        }
    }
}
