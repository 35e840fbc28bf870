using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class RemainingContamination : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Remaining contamination now per province, district and SHA/CHA (issue #19, item 2): what contamination "as of a day" starts
            // from instead of reading 200,000 hazards on each call. Each approved, non-archived hazard counts once in the cell of its
            // province, district and whether it is confirmed, with its area still to release (its area less its released land now, kept in
            // released_land_totals) and whether more than 1 m² is left. Statement triggers take a statement's hazards out of their cells as
            // they were and put them back as they are — hazards inserted or changed (approval, archive, area, confirmation, province,
            // district) and released totals changed — with atomic upserts, so concurrent writers never lose each other's figures. Areas are
            // summed as numeric: a hazard taken out removes exactly what it added, whatever the order. remaining_contamination_ledger is the
            // same computed from the hazards (tests compare).
            migrationBuilder.Sql("""
                CREATE TABLE remaining_contamination (
                    province_id uuid NOT NULL,
                    district_id uuid,
                    cha boolean NOT NULL,
                    hazards integer NOT NULL,
                    open_hazards integer NOT NULL,
                    remaining_m2 numeric NOT NULL);
                CREATE UNIQUE INDEX ux_remaining_contamination ON remaining_contamination (province_id, district_id, cha) NULLS NOT DISTINCT;

                -- One approved, non-archived hazard's part of its cell now.
                CREATE FUNCTION remaining_contamination_part(area_m2 double precision, released_m2 double precision) RETURNS numeric
                    LANGUAGE sql IMMUTABLE AS $$ SELECT (area_m2 - COALESCE(released_m2, 0))::numeric $$;

                CREATE VIEW remaining_contamination_ledger AS
                    SELECT h.province_id, h.district_id, h.confirmed_on IS NOT NULL AS cha, count(*)::int AS hazards,
                           count(*) FILTER (WHERE remaining_contamination_part(h.area_m2, r.released_m2) > 1)::int AS open_hazards,
                           sum(remaining_contamination_part(h.area_m2, r.released_m2)) AS remaining_m2
                    FROM hazardous_areas h
                    LEFT JOIN released_land_totals r ON r.hazardous_area_id = h.id
                    WHERE h.approval_status = 'Approved' AND h.archived_at IS NULL
                    GROUP BY 1, 2, 3;

                CREATE FUNCTION remaining_contamination_rebuild() RETURNS void LANGUAGE sql AS $$
                    DELETE FROM remaining_contamination;
                    INSERT INTO remaining_contamination SELECT * FROM remaining_contamination_ledger;
                $$;

                -- Adds signed parts to their cells: (province, district, cha, sign, remaining) rows, one per hazard taken out (-1) or put in (+1).
                CREATE FUNCTION remaining_contamination_add(parts jsonb) RETURNS void LANGUAGE sql AS $$
                    INSERT INTO remaining_contamination AS t (province_id, district_id, cha, hazards, open_hazards, remaining_m2)
                    SELECT p.province_id, p.district_id, p.cha, sum(p.sign), sum(CASE WHEN p.remaining_m2 > 1 THEN p.sign ELSE 0 END), sum(p.sign * p.remaining_m2)
                    FROM jsonb_to_recordset(parts) AS p(province_id uuid, district_id uuid, cha boolean, sign int, remaining_m2 numeric)
                    GROUP BY 1, 2, 3
                    ON CONFLICT (province_id, district_id, cha) DO UPDATE
                        SET hazards = t.hazards + EXCLUDED.hazards, open_hazards = t.open_hazards + EXCLUDED.open_hazards,
                            remaining_m2 = t.remaining_m2 + EXCLUDED.remaining_m2;
                    DELETE FROM remaining_contamination WHERE hazards = 0;
                $$;

                -- Hazards inserted or changed: each taken out as it was (old row) and put in as it is (new row), when it counts and something
                -- the cells read changed.
                CREATE FUNCTION remaining_contamination_hazards() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        INSERT INTO remaining_contamination AS t (province_id, district_id, cha, hazards, open_hazards, remaining_m2)
                        SELECT n.province_id, n.district_id, n.confirmed_on IS NOT NULL, count(*),
                               count(*) FILTER (WHERE remaining_contamination_part(n.area_m2, r.released_m2) > 1),
                               sum(remaining_contamination_part(n.area_m2, r.released_m2))
                        FROM new_rows n LEFT JOIN released_land_totals r ON r.hazardous_area_id = n.id
                        WHERE n.approval_status = 'Approved' AND n.archived_at IS NULL
                        GROUP BY 1, 2, 3
                        ON CONFLICT (province_id, district_id, cha) DO UPDATE
                            SET hazards = t.hazards + EXCLUDED.hazards, open_hazards = t.open_hazards + EXCLUDED.open_hazards,
                                remaining_m2 = t.remaining_m2 + EXCLUDED.remaining_m2;
                        RETURN NULL;
                    END IF;
                    PERFORM remaining_contamination_add(COALESCE(jsonb_agg(part), '[]'))
                    FROM (
                        SELECT jsonb_build_object('province_id', o.province_id, 'district_id', o.district_id, 'cha', o.confirmed_on IS NOT NULL,
                                                  'sign', -1, 'remaining_m2', remaining_contamination_part(o.area_m2, r.released_m2)) AS part
                        FROM old_rows o JOIN new_rows n ON n.id = o.id LEFT JOIN released_land_totals r ON r.hazardous_area_id = o.id
                        WHERE o.approval_status = 'Approved' AND o.archived_at IS NULL
                          AND (n.approval_status, n.archived_at, n.area_m2, n.confirmed_on, n.province_id, n.district_id)
                              IS DISTINCT FROM (o.approval_status, o.archived_at, o.area_m2, o.confirmed_on, o.province_id, o.district_id)
                        UNION ALL
                        SELECT jsonb_build_object('province_id', n.province_id, 'district_id', n.district_id, 'cha', n.confirmed_on IS NOT NULL,
                                                  'sign', 1, 'remaining_m2', remaining_contamination_part(n.area_m2, r.released_m2))
                        FROM new_rows n JOIN old_rows o ON o.id = n.id LEFT JOIN released_land_totals r ON r.hazardous_area_id = n.id
                        WHERE n.approval_status = 'Approved' AND n.archived_at IS NULL
                          AND (n.approval_status, n.archived_at, n.area_m2, n.confirmed_on, n.province_id, n.district_id)
                              IS DISTINCT FROM (o.approval_status, o.archived_at, o.area_m2, o.confirmed_on, o.province_id, o.district_id)) parts
                    HAVING count(*) > 0;
                    RETURN NULL;
                END $$;

                -- A hazard's released land changed: taken out with what was released (old total, none for a new row), put in with what is.
                CREATE FUNCTION remaining_contamination_totals() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        PERFORM remaining_contamination_add(COALESCE(jsonb_agg(part), '[]'))
                        FROM (
                            SELECT jsonb_build_object('province_id', h.province_id, 'district_id', h.district_id, 'cha', h.confirmed_on IS NOT NULL,
                                                      'sign', s.sign, 'remaining_m2', remaining_contamination_part(h.area_m2, s.released_m2)) AS part
                            FROM new_rows n
                            JOIN hazardous_areas h ON h.id = n.hazardous_area_id AND h.approval_status = 'Approved' AND h.archived_at IS NULL
                            CROSS JOIN LATERAL (VALUES (-1, NULL::double precision), (1, n.released_m2)) s(sign, released_m2)
                            WHERE n.released_m2 <> 0) parts
                        HAVING count(*) > 0;
                    ELSE
                        PERFORM remaining_contamination_add(COALESCE(jsonb_agg(part), '[]'))
                        FROM (
                            SELECT jsonb_build_object('province_id', h.province_id, 'district_id', h.district_id, 'cha', h.confirmed_on IS NOT NULL,
                                                      'sign', s.sign, 'remaining_m2', remaining_contamination_part(h.area_m2, s.released_m2)) AS part
                            FROM new_rows n JOIN old_rows o ON o.hazardous_area_id = n.hazardous_area_id
                            JOIN hazardous_areas h ON h.id = n.hazardous_area_id AND h.approval_status = 'Approved' AND h.archived_at IS NULL
                            CROSS JOIN LATERAL (VALUES (-1, o.released_m2), (1, n.released_m2)) s(sign, released_m2)
                            WHERE n.released_m2 IS DISTINCT FROM o.released_m2) parts
                        HAVING count(*) > 0;
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER remaining_contamination_hazards_inserted AFTER INSERT ON hazardous_areas
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION remaining_contamination_hazards();
                CREATE TRIGGER remaining_contamination_hazards_updated AFTER UPDATE ON hazardous_areas
                    REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION remaining_contamination_hazards();
                CREATE TRIGGER remaining_contamination_totals_inserted AFTER INSERT ON released_land_totals
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION remaining_contamination_totals();
                CREATE TRIGGER remaining_contamination_totals_updated AFTER UPDATE ON released_land_totals
                    REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION remaining_contamination_totals();

                SELECT remaining_contamination_rebuild();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER remaining_contamination_totals_updated ON released_land_totals;
                DROP TRIGGER remaining_contamination_totals_inserted ON released_land_totals;
                DROP TRIGGER remaining_contamination_hazards_updated ON hazardous_areas;
                DROP TRIGGER remaining_contamination_hazards_inserted ON hazardous_areas;
                DROP FUNCTION remaining_contamination_totals();
                DROP FUNCTION remaining_contamination_hazards();
                DROP FUNCTION remaining_contamination_add(jsonb);
                DROP FUNCTION remaining_contamination_rebuild();
                DROP VIEW remaining_contamination_ledger;
                DROP FUNCTION remaining_contamination_part(double precision, double precision);
                DROP TABLE remaining_contamination;
                """);
        }
    }
}
