using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class Stockpiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "munition_lots",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    munition_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    lot_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    owner_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    submunitions_per_munition = table.Column<int>(type: "integer", nullable: true),
                    declared_on = table.Column<DateOnly>(type: "date", nullable: false),
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
                    table.PrimaryKey("pk_munition_lots", x => x.id);
                    table.CheckConstraint("ck_munition_lots_submunitions", "submunitions_per_munition IS NULL OR submunitions_per_munition > 0");
                    table.ForeignKey(
                        name: "fk_munition_lots_organisations_owner_organisation_id",
                        column: x => x.owner_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "lot_movements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    lot_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    verified_by = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    counterpart = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
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
                    table.PrimaryKey("pk_lot_movements", x => x.id);
                    table.CheckConstraint("ck_lot_movements_quantity", "quantity > 0");
                    table.ForeignKey(
                        name: "fk_lot_movements_munition_lots_lot_id",
                        column: x => x.lot_id,
                        principalTable: "munition_lots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_lot_movements_lot_id_occurred_on",
                table: "lot_movements",
                columns: new[] { "lot_id", "occurred_on" });

            migrationBuilder.CreateIndex(
                name: "ix_munition_lots_munition_type_lot_number",
                table: "munition_lots",
                columns: new[] { "munition_type", "lot_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_munition_lots_owner_organisation_id",
                table: "munition_lots",
                column: "owner_organisation_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lot_movements");

            migrationBuilder.DropTable(
                name: "munition_lots");
        }
    }
}
