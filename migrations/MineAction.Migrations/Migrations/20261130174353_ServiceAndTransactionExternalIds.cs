using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class ServiceAndTransactionExternalIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "external_imsma_id",
                table: "funding_transactions",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "external_imsma_id",
                table: "assistance_services",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_funding_transactions_contribution_id_external_imsma_id",
                table: "funding_transactions",
                columns: new[] { "contribution_id", "external_imsma_id" },
                unique: true,
                filter: "external_imsma_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_assistance_services_case_id_external_imsma_id",
                table: "assistance_services",
                columns: new[] { "case_id", "external_imsma_id" },
                unique: true,
                filter: "external_imsma_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_funding_transactions_contribution_id_external_imsma_id",
                table: "funding_transactions");

            migrationBuilder.DropIndex(
                name: "ix_assistance_services_case_id_external_imsma_id",
                table: "assistance_services");

            migrationBuilder.DropColumn(
                name: "external_imsma_id",
                table: "funding_transactions");

            migrationBuilder.DropColumn(
                name: "external_imsma_id",
                table: "assistance_services");
        }
    }
}
