using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.CreateSequence(
                name: "hazardous_area_code_seq");

            migrationBuilder.CreateTable(
                name: "admin_areas",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    country_code = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    boundary = table.Column<MultiPolygon>(type: "geometry(MultiPolygon,4326)", nullable: false),
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
                    table.PrimaryKey("pk_admin_areas", x => x.id);
                    table.ForeignKey(
                        name: "fk_admin_areas_admin_areas_parent_id",
                        column: x => x.parent_id,
                        principalTable: "admin_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    acronym = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    country_code = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    iati_identifier = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    external_imsma_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
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
                    table.PrimaryKey("pk_organisations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "hazardous_areas",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    country_code = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    geometry = table.Column<MultiPolygon>(type: "geometry(MultiPolygon,4326)", nullable: false),
                    area_m2 = table.Column<double>(type: "double precision", nullable: false, computedColumnSql: "ST_Area(geometry::geography)", stored: true),
                    province_id = table.Column<Guid>(type: "uuid", nullable: false),
                    district_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recording_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    device_categories = table.Column<string[]>(type: "text[]", nullable: false),
                    evidence = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    land_use_blocked = table.Column<string[]>(type: "text[]", nullable: false),
                    recorded_on = table.Column<DateOnly>(type: "date", nullable: false),
                    source_report = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    external_imsma_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    confirmed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    confirmation_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    direct_boys = table.Column<int>(type: "integer", nullable: false),
                    direct_girls = table.Column<int>(type: "integer", nullable: false),
                    direct_men = table.Column<int>(type: "integer", nullable: false),
                    direct_women = table.Column<int>(type: "integer", nullable: false),
                    indirect_boys = table.Column<int>(type: "integer", nullable: false),
                    indirect_girls = table.Column<int>(type: "integer", nullable: false),
                    indirect_men = table.Column<int>(type: "integer", nullable: false),
                    indirect_women = table.Column<int>(type: "integer", nullable: false),
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
                    table.PrimaryKey("pk_hazardous_areas", x => x.id);
                    table.CheckConstraint("ck_hazardous_areas_beneficiaries", "direct_girls >= 0 AND direct_boys >= 0 AND direct_women >= 0 AND direct_men >= 0 AND indirect_girls >= 0 AND indirect_boys >= 0 AND indirect_women >= 0 AND indirect_men >= 0");
                    table.CheckConstraint("ck_hazardous_areas_geometry_valid", "ST_IsValid(geometry) AND ST_SRID(geometry) = 4326");
                    table.ForeignKey(
                        name: "fk_hazardous_areas_admin_areas_district_id",
                        column: x => x.district_id,
                        principalTable: "admin_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_hazardous_areas_admin_areas_province_id",
                        column: x => x.province_id,
                        principalTable: "admin_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_hazardous_areas_organisations_recording_organisation_id",
                        column: x => x.recording_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_admin_areas_boundary",
                table: "admin_areas",
                column: "boundary")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_admin_areas_code",
                table: "admin_areas",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_admin_areas_parent_id",
                table: "admin_areas",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_hazardous_areas_code",
                table: "hazardous_areas",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_hazardous_areas_device_categories",
                table: "hazardous_areas",
                column: "device_categories")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_hazardous_areas_district_id",
                table: "hazardous_areas",
                column: "district_id");

            migrationBuilder.CreateIndex(
                name: "ix_hazardous_areas_external_imsma_id",
                table: "hazardous_areas",
                column: "external_imsma_id");

            migrationBuilder.CreateIndex(
                name: "ix_hazardous_areas_geometry",
                table: "hazardous_areas",
                column: "geometry")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_hazardous_areas_province_id",
                table: "hazardous_areas",
                column: "province_id");

            migrationBuilder.CreateIndex(
                name: "ix_hazardous_areas_recording_organisation_id",
                table: "hazardous_areas",
                column: "recording_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_hazardous_areas_status",
                table: "hazardous_areas",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_name",
                table: "organisations",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_type",
                table: "organisations",
                column: "type");

            // An acronym is unique per country among active organisations, ignoring case.
            migrationBuilder.Sql(
                "CREATE UNIQUE INDEX ux_organisations_country_acronym ON organisations (country_code, upper(acronym)) WHERE archived_at IS NULL;");

            // The human code HA-<ISO3>-<6 digits> is assigned by the database, never by a client.
            migrationBuilder.Sql("""
                CREATE FUNCTION hazardous_areas_assign_code() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW.code := 'HA-' || NEW.country_code || '-' || lpad(nextval('hazardous_area_code_seq')::text, 6, '0');
                    RETURN NEW;
                END $$;
                CREATE TRIGGER hazardous_areas_assign_code BEFORE INSERT ON hazardous_areas
                    FOR EACH ROW EXECUTE FUNCTION hazardous_areas_assign_code();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS hazardous_areas_assign_code ON hazardous_areas;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS hazardous_areas_assign_code();");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ux_organisations_country_acronym;");
            migrationBuilder.DropTable(
                name: "hazardous_areas");

            migrationBuilder.DropTable(
                name: "admin_areas");

            migrationBuilder.DropTable(
                name: "organisations");

            migrationBuilder.DropSequence(
                name: "hazardous_area_code_seq");
        }
    }
}
