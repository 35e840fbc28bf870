using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class Capacity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "capacity_snapshots",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    quarter = table.Column<int>(type: "integer", nullable: true),
                    mechanical_assets = table.Column<int>(type: "integer", nullable: false),
                    mine_detection_dogs = table.Column<int>(type: "integer", nullable: false),
                    national_budget_usd = table.Column<decimal>(type: "numeric(18,2)", nullable: false),
                    deminers_men = table.Column<int>(type: "integer", nullable: false),
                    deminers_women = table.Column<int>(type: "integer", nullable: false),
                    eod_operators_men = table.Column<int>(type: "integer", nullable: false),
                    eod_operators_women = table.Column<int>(type: "integer", nullable: false),
                    eore_facilitators_men = table.Column<int>(type: "integer", nullable: false),
                    eore_facilitators_women = table.Column<int>(type: "integer", nullable: false),
                    managers_men = table.Column<int>(type: "integer", nullable: false),
                    managers_women = table.Column<int>(type: "integer", nullable: false),
                    medics_men = table.Column<int>(type: "integer", nullable: false),
                    medics_women = table.Column<int>(type: "integer", nullable: false),
                    surveyors_men = table.Column<int>(type: "integer", nullable: false),
                    surveyors_women = table.Column<int>(type: "integer", nullable: false),
                    teams_bac = table.Column<int>(type: "integer", nullable: false),
                    teams_clearance = table.Column<int>(type: "integer", nullable: false),
                    teams_eod = table.Column<int>(type: "integer", nullable: false),
                    teams_eore = table.Column<int>(type: "integer", nullable: false),
                    teams_nts = table.Column<int>(type: "integer", nullable: false),
                    teams_ts = table.Column<int>(type: "integer", nullable: false),
                    teams_va = table.Column<int>(type: "integer", nullable: false),
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
                    table.PrimaryKey("pk_capacity_snapshots", x => x.id);
                    table.CheckConstraint("ck_capacity_quarter", "quarter IS NULL OR quarter BETWEEN 1 AND 4");
                    table.ForeignKey(
                        name: "fk_capacity_snapshots_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_capacity_snapshots_organisation_id_year_quarter",
                table: "capacity_snapshots",
                columns: new[] { "organisation_id", "year", "quarter" },
                unique: true,
                filter: "archived_at IS NULL")
                .Annotation("Npgsql:NullsDistinct", false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "capacity_snapshots");
        }
    }
}
