using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class LandRelease : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "closed_on",
                table: "hazardous_areas",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "handed_over_on",
                table: "hazardous_areas",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "reopened_on",
                table: "hazardous_areas",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status_note",
                table: "hazardous_areas",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "land_release_activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hazardous_area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    methods = table.Column<string[]>(type: "text[]", nullable: false),
                    specified_depth_cm = table.Column<int>(type: "integer", nullable: false),
                    planned_start = table.Column<DateOnly>(type: "date", nullable: true),
                    planned_end = table.Column<DateOnly>(type: "date", nullable: true),
                    actual_start = table.Column<DateOnly>(type: "date", nullable: true),
                    actual_end = table.Column<DateOnly>(type: "date", nullable: true),
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
                    table.PrimaryKey("pk_land_release_activities", x => x.id);
                    table.CheckConstraint("ck_activities_depth", "specified_depth_cm BETWEEN 0 AND 500");
                    table.ForeignKey(
                        name: "fk_land_release_activities_hazardous_areas_hazardous_area_id",
                        column: x => x.hazardous_area_id,
                        principalTable: "hazardous_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_land_release_activities_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "land_release_products",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    hazardous_area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    geometry = table.Column<MultiPolygon>(type: "geometry(MultiPolygon,4326)", nullable: false),
                    area_m2 = table.Column<double>(type: "double precision", nullable: false, computedColumnSql: "ST_Area(geometry::geography)", stored: true),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    cleared_depth_cm = table.Column<int>(type: "integer", nullable: true),
                    release_date = table.Column<DateOnly>(type: "date", nullable: false),
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
                    table.PrimaryKey("pk_land_release_products", x => x.id);
                    table.CheckConstraint("ck_products_cleared_depth", "(outcome = 'Cleared') = (cleared_depth_cm IS NOT NULL)");
                    table.CheckConstraint("ck_products_geometry_valid", "ST_IsValid(geometry) AND ST_SRID(geometry) = 4326");
                    table.ForeignKey(
                        name: "fk_land_release_products_hazardous_areas_hazardous_area_id",
                        column: x => x.hazardous_area_id,
                        principalTable: "hazardous_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_land_release_products_land_release_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "land_release_activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "devices_found",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    hazardous_area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    product_id = table.Column<Guid>(type: "uuid", nullable: true),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    location = table.Column<Point>(type: "geometry(Point,4326)", nullable: true),
                    depth_cm = table.Column<int>(type: "integer", nullable: true),
                    condition = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    found_on = table.Column<DateOnly>(type: "date", nullable: false),
                    disposal_method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    disposed_on = table.Column<DateOnly>(type: "date", nullable: true),
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
                    table.PrimaryKey("pk_devices_found", x => x.id);
                    table.CheckConstraint("ck_devices_quantity", "quantity BETWEEN 1 AND 100000");
                    table.ForeignKey(
                        name: "fk_devices_found_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "land_release_activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_devices_found_hazardous_areas_hazardous_area_id",
                        column: x => x.hazardous_area_id,
                        principalTable: "hazardous_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_devices_found_products_product_id",
                        column: x => x.product_id,
                        principalTable: "land_release_products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_devices_found_activity_id",
                table: "devices_found",
                column: "activity_id");

            migrationBuilder.CreateIndex(
                name: "ix_devices_found_hazardous_area_id_category",
                table: "devices_found",
                columns: new[] { "hazardous_area_id", "category" });

            migrationBuilder.CreateIndex(
                name: "ix_devices_found_product_id",
                table: "devices_found",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_land_release_activities_approval_status_organisation_id",
                table: "land_release_activities",
                columns: new[] { "approval_status", "organisation_id" });

            migrationBuilder.CreateIndex(
                name: "ix_land_release_activities_hazardous_area_id_status",
                table: "land_release_activities",
                columns: new[] { "hazardous_area_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_land_release_activities_organisation_id",
                table: "land_release_activities",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_land_release_products_activity_id",
                table: "land_release_products",
                column: "activity_id");

            migrationBuilder.CreateIndex(
                name: "ix_land_release_products_geometry",
                table: "land_release_products",
                column: "geometry")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_land_release_products_hazardous_area_id_release_date",
                table: "land_release_products",
                columns: new[] { "hazardous_area_id", "release_date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "devices_found");

            migrationBuilder.DropTable(
                name: "land_release_products");

            migrationBuilder.DropTable(
                name: "land_release_activities");

            migrationBuilder.DropColumn(
                name: "closed_on",
                table: "hazardous_areas");

            migrationBuilder.DropColumn(
                name: "handed_over_on",
                table: "hazardous_areas");

            migrationBuilder.DropColumn(
                name: "reopened_on",
                table: "hazardous_areas");

            migrationBuilder.DropColumn(
                name: "status_note",
                table: "hazardous_areas");
        }
    }
}
