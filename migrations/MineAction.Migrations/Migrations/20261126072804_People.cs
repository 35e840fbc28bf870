using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class People : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accidents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    location = table.Column<Point>(type: "geometry(Point,4326)", nullable: false),
                    province_id = table.Column<Guid>(type: "uuid", nullable: false),
                    district_id = table.Column<Guid>(type: "uuid", nullable: true),
                    device_category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    hazardous_area_id = table.Column<Guid>(type: "uuid", nullable: true),
                    activity_at_time = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    killed = table.Column<int>(type: "integer", nullable: false),
                    injured = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
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
                    table.PrimaryKey("pk_accidents", x => x.id);
                    table.CheckConstraint("ck_accidents_casualties", "killed >= 0 AND injured >= 0 AND killed + injured > 0");
                    table.ForeignKey(
                        name: "fk_accidents_admin_areas_province_id",
                        column: x => x.province_id,
                        principalTable: "admin_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_accidents_hazardous_areas_hazardous_area_id",
                        column: x => x.hazardous_area_id,
                        principalTable: "hazardous_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "casualties",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    accident_id = table.Column<Guid>(type: "uuid", nullable: false),
                    victim_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    sex = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    age_group = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    injuries = table.Column<string[]>(type: "text[]", nullable: false),
                    has_disability = table.Column<bool>(type: "boolean", nullable: false),
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
                    table.PrimaryKey("pk_casualties", x => x.id);
                    table.ForeignKey(
                        name: "fk_casualties_accidents_accident_id",
                        column: x => x.accident_id,
                        principalTable: "accidents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "victim_personal_data",
                columns: table => new
                {
                    casualty_id = table.Column<Guid>(type: "uuid", nullable: false),
                    full_name = table.Column<string>(type: "text", nullable: false),
                    national_id = table.Column<string>(type: "text", nullable: true),
                    date_of_birth = table.Column<string>(type: "text", nullable: true),
                    address = table.Column<string>(type: "text", nullable: true),
                    phone = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_victim_personal_data", x => x.casualty_id);
                    table.ForeignKey(
                        name: "fk_victim_personal_data_casualties_casualty_id",
                        column: x => x.casualty_id,
                        principalTable: "casualties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_accidents_hazardous_area_id",
                table: "accidents",
                column: "hazardous_area_id");

            migrationBuilder.CreateIndex(
                name: "ix_accidents_location",
                table: "accidents",
                column: "location")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_accidents_occurred_on",
                table: "accidents",
                column: "occurred_on");

            migrationBuilder.CreateIndex(
                name: "ix_accidents_province_id",
                table: "accidents",
                column: "province_id");

            migrationBuilder.CreateIndex(
                name: "ix_casualties_accident_id",
                table: "casualties",
                column: "accident_id");

            migrationBuilder.CreateIndex(
                name: "ix_casualties_victim_code",
                table: "casualties",
                column: "victim_code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "victim_personal_data");

            migrationBuilder.DropTable(
                name: "casualties");

            migrationBuilder.DropTable(
                name: "accidents");
        }
    }
}
