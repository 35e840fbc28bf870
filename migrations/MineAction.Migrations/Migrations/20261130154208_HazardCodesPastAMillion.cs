using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class HazardCodesPastAMillion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // lpad cut numbers of 7 digits to 6 (1000003 became 100000): past a million codes collided. At least 6 digits, never cut.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION hazardous_areas_assign_code() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE n text := nextval('hazardous_area_code_seq')::text;
                BEGIN
                    NEW.code := 'HA-' || NEW.country_code || '-' || lpad(n, greatest(6, length(n)), '0');
                    RETURN NEW;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION hazardous_areas_assign_code() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE n text := nextval('hazardous_area_code_seq')::text;
                BEGIN
                    NEW.code := 'HA-' || NEW.country_code || '-' || lpad(n, 6, '0');
                    RETURN NEW;
                END $$;
                """);
        }
    }
}
