using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class ImportFileChunks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "import_file_chunks",
                columns: table => new
                {
                    import_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    length = table.Column<int>(type: "integer", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    encrypted = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_import_file_chunks", x => new { x.import_id, x.sequence });
                    table.ForeignKey(
                        name: "fk_import_file_chunks_import_jobs_import_id",
                        column: x => x.import_id,
                        principalTable: "import_jobs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            // A file stored before is kept as the one piece it is (encrypted, or not, as it was).
            migrationBuilder.Sql("""
                INSERT INTO import_file_chunks (import_id, sequence, length, content, encrypted)
                SELECT f.import_id, 0, j.size_bytes::integer, f.content, f.encrypted FROM import_files f JOIN import_jobs j ON j.id = f.import_id;
                """);
            migrationBuilder.DropTable(
                name: "import_files");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "import_files",
                columns: table => new
                {
                    import_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    encrypted = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_import_files", x => x.import_id);
                    table.ForeignKey(
                        name: "fk_import_files_import_jobs_import_id",
                        column: x => x.import_id,
                        principalTable: "import_jobs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            // Only a file kept in one piece can go back (pieces are encrypted one by one); the others' imports cannot be checked again.
            migrationBuilder.Sql("""
                INSERT INTO import_files (import_id, content, encrypted)
                SELECT import_id, content, encrypted FROM import_file_chunks c
                WHERE sequence = 0 AND NOT EXISTS (SELECT 1 FROM import_file_chunks o WHERE o.import_id = c.import_id AND o.sequence > 0);
                """);
            migrationBuilder.DropTable(
                name: "import_file_chunks");
        }
    }
}
