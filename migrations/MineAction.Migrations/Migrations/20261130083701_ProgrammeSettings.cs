using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammeSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "programme_settings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    country_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    reporting_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    default_clearance_depth_cm = table.Column<int>(type: "integer", nullable: false),
                    priority_per_land_use_blocked = table.Column<double>(type: "double precision", nullable: false),
                    priority_per_beneficiary_magnitude = table.Column<double>(type: "double precision", nullable: false),
                    priority_per_accident_nearby = table.Column<double>(type: "double precision", nullable: false),
                    iati_reporting_organisation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    iati_reporting_org_ref = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    iati_reporting_org_type = table.Column<int>(type: "integer", nullable: false),
                    iati_recipient_country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    iati_recipient_region = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    iati_admin_vocabulary = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    logo = table.Column<byte[]>(type: "bytea", nullable: true),
                    logo_content_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
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
                    table.PrimaryKey("pk_programme_settings", x => x.id);
                    table.CheckConstraint("ck_programme_settings_single", "id = '0193a000-0000-7000-8000-000000000001'");
                });

            // The installation's one settings record, empty until an administrator fills it (the set-up checklist asks for it).
            migrationBuilder.Sql("""
                INSERT INTO programme_settings (id, name, country_code, reporting_currency, default_clearance_depth_cm,
                    priority_per_land_use_blocked, priority_per_beneficiary_magnitude, priority_per_accident_nearby,
                    iati_reporting_organisation, iati_reporting_org_ref, iati_reporting_org_type, iati_recipient_country,
                    iati_recipient_region, iati_admin_vocabulary, created_at, created_by, updated_at, updated_by)
                VALUES ('0193a000-0000-7000-8000-000000000001', '', '', 'USD', 13, 2, 3, 5, 'NMAA', '', 10, '', '', '',
                    now(), 'migration', now(), 'migration');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "programme_settings");
        }
    }
}
