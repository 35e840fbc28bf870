using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class ResultsReviewedOnTheirOwn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "approval_status",
                table: "land_release_products",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "organisation_id",
                table: "land_release_products",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "review_comment",
                table: "land_release_products",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "reviewed_at",
                table: "land_release_products",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reviewed_by",
                table: "land_release_products",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "approval_status",
                table: "devices_found",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "organisation_id",
                table: "devices_found",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "review_comment",
                table: "devices_found",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "reviewed_at",
                table: "devices_found",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reviewed_by",
                table: "devices_found",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            // Until now released land and devices counted with their activity's review: they start with its state and reviewer.
            foreach (var table in new[] { "land_release_products", "devices_found" })
            {
                migrationBuilder.Sql($"""
                    UPDATE {table} r
                    SET organisation_id = a.organisation_id, approval_status = a.approval_status,
                        reviewed_by = a.reviewed_by, reviewed_at = a.reviewed_at, review_comment = a.review_comment
                    FROM land_release_activities a
                    WHERE a.id = r.activity_id;
                    """);
            }

            migrationBuilder.CreateIndex(
                name: "ix_land_release_products_organisation_id",
                table: "land_release_products",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_devices_found_organisation_id",
                table: "devices_found",
                column: "organisation_id");

            migrationBuilder.AddForeignKey(
                name: "fk_devices_found_organisations_organisation_id",
                table: "devices_found",
                column: "organisation_id",
                principalTable: "organisations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_land_release_products_organisations_organisation_id",
                table: "land_release_products",
                column: "organisation_id",
                principalTable: "organisations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_devices_found_organisations_organisation_id",
                table: "devices_found");

            migrationBuilder.DropForeignKey(
                name: "fk_land_release_products_organisations_organisation_id",
                table: "land_release_products");

            migrationBuilder.DropIndex(
                name: "ix_land_release_products_organisation_id",
                table: "land_release_products");

            migrationBuilder.DropIndex(
                name: "ix_devices_found_organisation_id",
                table: "devices_found");

            migrationBuilder.DropColumn(
                name: "approval_status",
                table: "land_release_products");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "land_release_products");

            migrationBuilder.DropColumn(
                name: "review_comment",
                table: "land_release_products");

            migrationBuilder.DropColumn(
                name: "reviewed_at",
                table: "land_release_products");

            migrationBuilder.DropColumn(
                name: "reviewed_by",
                table: "land_release_products");

            migrationBuilder.DropColumn(
                name: "approval_status",
                table: "devices_found");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "devices_found");

            migrationBuilder.DropColumn(
                name: "review_comment",
                table: "devices_found");

            migrationBuilder.DropColumn(
                name: "reviewed_at",
                table: "devices_found");

            migrationBuilder.DropColumn(
                name: "reviewed_by",
                table: "devices_found");
        }
    }
}
