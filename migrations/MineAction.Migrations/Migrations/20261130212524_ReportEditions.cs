using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class ReportEditions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "report_editions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    convention = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    content = table.Column<string>(type: "text", nullable: false),
                    cells = table.Column<string>(type: "jsonb", nullable: false),
                    content_sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_editions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_report_editions_convention_year_number",
                table: "report_editions",
                columns: new[] { "convention", "year", "number" },
                unique: true);

            // A submitted edition is the State's record of what it reported: the database itself refuses to change or delete one.
            migrationBuilder.Sql("""
                CREATE FUNCTION report_editions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'report editions are never changed or deleted (edition %)', OLD.id USING ERRCODE = 'raise_exception';
                END $$;
                CREATE TRIGGER report_editions_frozen BEFORE UPDATE OR DELETE ON report_editions
                    FOR EACH ROW EXECUTE FUNCTION report_editions_frozen();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_editions");
            migrationBuilder.Sql("DROP FUNCTION report_editions_frozen();");
        }
    }
}
