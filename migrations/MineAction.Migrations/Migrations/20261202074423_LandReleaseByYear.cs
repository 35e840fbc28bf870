using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineAction.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class LandReleaseByYear : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Released land and disposed devices per year, province and district (issue #19, item 2): what the land release summary and
            // the dashboard read, kept by the database beside the ledger instead of summing two million records on each read. Statement
            // triggers add each statement's rows to their cells (and take the old ones out) in the same transaction — whatever wrote
            // the ledger (API, import, COPY) — and move a hazard's or an activity's records when it is approved, returned, archived,
            // restored or moved to another district. Increments are atomic upserts, so concurrent writers never lose each other's rows;
            // a cell left without records is removed. The *_ledger views are the same figures computed from the ledger (tests compare).
            migrationBuilder.Sql("""
                CREATE TABLE released_land_by_year (
                    year integer NOT NULL,
                    province_id uuid NOT NULL,
                    district_id uuid,
                    outcome varchar(40) NOT NULL,
                    records integer NOT NULL,
                    area_m2 double precision NOT NULL);
                CREATE UNIQUE INDEX ux_released_land_by_year ON released_land_by_year (year, province_id, district_id, outcome) NULLS NOT DISTINCT;

                CREATE TABLE devices_disposed_by_year (
                    year integer NOT NULL,
                    province_id uuid NOT NULL,
                    district_id uuid,
                    category varchar(40) NOT NULL,
                    disposal_method varchar(40) NOT NULL,
                    records integer NOT NULL,
                    quantity bigint NOT NULL);
                CREATE UNIQUE INDEX ux_devices_disposed_by_year ON devices_disposed_by_year (year, province_id, district_id, category, disposal_method) NULLS NOT DISTINCT;

                -- What the figures count, straight from the ledger: approved released land and disposed devices of approved activities in approved
                -- hazards (none archived), by year and the hazard's province and district. The kept tables are checked against these views.
                CREATE VIEW released_land_by_year_ledger AS
                    SELECT date_part('year', p.release_date)::int AS year, h.province_id, h.district_id, p.outcome, count(*)::int AS records, sum(p.area_m2) AS area_m2
                    FROM land_release_products p
                    JOIN land_release_activities a ON a.id = p.activity_id AND a.approval_status = 'Approved' AND a.archived_at IS NULL
                    JOIN hazardous_areas h ON h.id = p.hazardous_area_id AND h.approval_status = 'Approved' AND h.archived_at IS NULL
                    WHERE p.approval_status = 'Approved' AND p.archived_at IS NULL
                    GROUP BY 1, 2, 3, 4;

                CREATE VIEW devices_disposed_by_year_ledger AS
                    SELECT date_part('year', d.disposed_on)::int AS year, h.province_id, h.district_id, d.category, d.disposal_method,
                           count(*)::int AS records, sum(d.quantity)::bigint AS quantity
                    FROM devices_found d
                    JOIN land_release_activities a ON a.id = d.activity_id AND a.approval_status = 'Approved' AND a.archived_at IS NULL
                    JOIN hazardous_areas h ON h.id = d.hazardous_area_id AND h.approval_status = 'Approved' AND h.archived_at IS NULL
                    WHERE d.approval_status = 'Approved' AND d.archived_at IS NULL AND d.disposed_on IS NOT NULL AND d.disposal_method IS NOT NULL
                    GROUP BY 1, 2, 3, 4, 5;

                -- Every cell again from the ledger (the migration, and a bulk load that switched the triggers off).
                CREATE FUNCTION land_release_by_year_rebuild() RETURNS void LANGUAGE sql AS $$
                    DELETE FROM released_land_by_year;
                    INSERT INTO released_land_by_year SELECT * FROM released_land_by_year_ledger;
                    DELETE FROM devices_disposed_by_year;
                    INSERT INTO devices_disposed_by_year SELECT * FROM devices_disposed_by_year_ledger;
                $$;

                -- Released land: a statement's rows taken out of their cells as they were (old rows), put into their cells as they are (new rows).
                CREATE FUNCTION released_land_by_year_products() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        INSERT INTO released_land_by_year AS t (year, province_id, district_id, outcome, records, area_m2)
                        SELECT date_part('year', o.release_date)::int, h.province_id, h.district_id, o.outcome, -count(*), -sum(o.area_m2)
                        FROM old_rows o
                        JOIN land_release_activities a ON a.id = o.activity_id AND a.approval_status = 'Approved' AND a.archived_at IS NULL
                        JOIN hazardous_areas h ON h.id = o.hazardous_area_id AND h.approval_status = 'Approved' AND h.archived_at IS NULL
                        WHERE o.approval_status = 'Approved' AND o.archived_at IS NULL
                        GROUP BY 1, 2, 3, 4
                        ON CONFLICT (year, province_id, district_id, outcome) DO UPDATE
                            SET records = t.records + EXCLUDED.records, area_m2 = t.area_m2 + EXCLUDED.area_m2;
                    END IF;
                    IF TG_OP IN ('UPDATE', 'INSERT') THEN
                        INSERT INTO released_land_by_year AS t (year, province_id, district_id, outcome, records, area_m2)
                        SELECT date_part('year', n.release_date)::int, h.province_id, h.district_id, n.outcome, count(*), sum(n.area_m2)
                        FROM new_rows n
                        JOIN land_release_activities a ON a.id = n.activity_id AND a.approval_status = 'Approved' AND a.archived_at IS NULL
                        JOIN hazardous_areas h ON h.id = n.hazardous_area_id AND h.approval_status = 'Approved' AND h.archived_at IS NULL
                        WHERE n.approval_status = 'Approved' AND n.archived_at IS NULL
                        GROUP BY 1, 2, 3, 4
                        ON CONFLICT (year, province_id, district_id, outcome) DO UPDATE
                            SET records = t.records + EXCLUDED.records, area_m2 = t.area_m2 + EXCLUDED.area_m2;
                    END IF;
                    DELETE FROM released_land_by_year WHERE records = 0;
                    RETURN NULL;
                END $$;

                -- Disposed devices: the same for the device records.
                CREATE FUNCTION devices_disposed_by_year_devices() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        INSERT INTO devices_disposed_by_year AS t (year, province_id, district_id, category, disposal_method, records, quantity)
                        SELECT date_part('year', o.disposed_on)::int, h.province_id, h.district_id, o.category, o.disposal_method, -count(*), -sum(o.quantity)
                        FROM old_rows o
                        JOIN land_release_activities a ON a.id = o.activity_id AND a.approval_status = 'Approved' AND a.archived_at IS NULL
                        JOIN hazardous_areas h ON h.id = o.hazardous_area_id AND h.approval_status = 'Approved' AND h.archived_at IS NULL
                        WHERE o.approval_status = 'Approved' AND o.archived_at IS NULL AND o.disposed_on IS NOT NULL AND o.disposal_method IS NOT NULL
                        GROUP BY 1, 2, 3, 4, 5
                        ON CONFLICT (year, province_id, district_id, category, disposal_method) DO UPDATE
                            SET records = t.records + EXCLUDED.records, quantity = t.quantity + EXCLUDED.quantity;
                    END IF;
                    IF TG_OP IN ('UPDATE', 'INSERT') THEN
                        INSERT INTO devices_disposed_by_year AS t (year, province_id, district_id, category, disposal_method, records, quantity)
                        SELECT date_part('year', n.disposed_on)::int, h.province_id, h.district_id, n.category, n.disposal_method, count(*), sum(n.quantity)
                        FROM new_rows n
                        JOIN land_release_activities a ON a.id = n.activity_id AND a.approval_status = 'Approved' AND a.archived_at IS NULL
                        JOIN hazardous_areas h ON h.id = n.hazardous_area_id AND h.approval_status = 'Approved' AND h.archived_at IS NULL
                        WHERE n.approval_status = 'Approved' AND n.archived_at IS NULL AND n.disposed_on IS NOT NULL AND n.disposal_method IS NOT NULL
                        GROUP BY 1, 2, 3, 4, 5
                        ON CONFLICT (year, province_id, district_id, category, disposal_method) DO UPDATE
                            SET records = t.records + EXCLUDED.records, quantity = t.quantity + EXCLUDED.quantity;
                    END IF;
                    DELETE FROM devices_disposed_by_year WHERE records = 0;
                    RETURN NULL;
                END $$;

                -- An activity approved, returned, archived or restored: its released land and devices join or leave the figures.
                CREATE FUNCTION land_release_by_year_activities() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    WITH turned AS (
                            SELECT n.id, (n.approval_status = 'Approved' AND n.archived_at IS NULL)::int - (o.approval_status = 'Approved' AND o.archived_at IS NULL)::int AS sign
                            FROM new_rows n JOIN old_rows o ON o.id = n.id
                            WHERE (n.approval_status = 'Approved' AND n.archived_at IS NULL) <> (o.approval_status = 'Approved' AND o.archived_at IS NULL))
                    INSERT INTO released_land_by_year AS t (year, province_id, district_id, outcome, records, area_m2)
                    SELECT date_part('year', p.release_date)::int, h.province_id, h.district_id, p.outcome, sum(c.sign), sum(c.sign * p.area_m2)
                    FROM turned c
                    JOIN land_release_products p ON p.activity_id = c.id AND p.approval_status = 'Approved' AND p.archived_at IS NULL
                    JOIN hazardous_areas h ON h.id = p.hazardous_area_id AND h.approval_status = 'Approved' AND h.archived_at IS NULL
                    GROUP BY 1, 2, 3, 4
                    ON CONFLICT (year, province_id, district_id, outcome) DO UPDATE
                        SET records = t.records + EXCLUDED.records, area_m2 = t.area_m2 + EXCLUDED.area_m2;
                    WITH turned AS (
                            SELECT n.id, (n.approval_status = 'Approved' AND n.archived_at IS NULL)::int - (o.approval_status = 'Approved' AND o.archived_at IS NULL)::int AS sign
                            FROM new_rows n JOIN old_rows o ON o.id = n.id
                            WHERE (n.approval_status = 'Approved' AND n.archived_at IS NULL) <> (o.approval_status = 'Approved' AND o.archived_at IS NULL))
                    INSERT INTO devices_disposed_by_year AS t (year, province_id, district_id, category, disposal_method, records, quantity)
                    SELECT date_part('year', d.disposed_on)::int, h.province_id, h.district_id, d.category, d.disposal_method, sum(c.sign), sum(c.sign * d.quantity)
                    FROM turned c
                    JOIN devices_found d ON d.activity_id = c.id AND d.approval_status = 'Approved' AND d.archived_at IS NULL
                        AND d.disposed_on IS NOT NULL AND d.disposal_method IS NOT NULL
                    JOIN hazardous_areas h ON h.id = d.hazardous_area_id AND h.approval_status = 'Approved' AND h.archived_at IS NULL
                    GROUP BY 1, 2, 3, 4, 5
                    ON CONFLICT (year, province_id, district_id, category, disposal_method) DO UPDATE
                        SET records = t.records + EXCLUDED.records, quantity = t.quantity + EXCLUDED.quantity;
                    DELETE FROM released_land_by_year WHERE records = 0;
                    DELETE FROM devices_disposed_by_year WHERE records = 0;
                    RETURN NULL;
                END $$;

                -- A hazard approved, returned, archived, restored or moved to another province or district: its released land and devices leave the
                -- cells of what it was and join those of what it is.
                CREATE FUNCTION land_release_by_year_hazards() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    WITH moved AS (
                            SELECT o.id, o.province_id, o.district_id, -1 AS sign
                            FROM old_rows o JOIN new_rows n ON n.id = o.id
                            WHERE o.approval_status = 'Approved' AND o.archived_at IS NULL
                              AND (n.approval_status, n.archived_at, n.province_id, n.district_id) IS DISTINCT FROM (o.approval_status, o.archived_at, o.province_id, o.district_id)
                            UNION ALL
                            SELECT n.id, n.province_id, n.district_id, 1
                            FROM new_rows n JOIN old_rows o ON o.id = n.id
                            WHERE n.approval_status = 'Approved' AND n.archived_at IS NULL
                              AND (n.approval_status, n.archived_at, n.province_id, n.district_id) IS DISTINCT FROM (o.approval_status, o.archived_at, o.province_id, o.district_id))
                    INSERT INTO released_land_by_year AS t (year, province_id, district_id, outcome, records, area_m2)
                    SELECT date_part('year', p.release_date)::int, m.province_id, m.district_id, p.outcome, sum(m.sign), sum(m.sign * p.area_m2)
                    FROM moved m
                    JOIN land_release_products p ON p.hazardous_area_id = m.id AND p.approval_status = 'Approved' AND p.archived_at IS NULL
                    JOIN land_release_activities a ON a.id = p.activity_id AND a.approval_status = 'Approved' AND a.archived_at IS NULL
                    GROUP BY 1, 2, 3, 4
                    ON CONFLICT (year, province_id, district_id, outcome) DO UPDATE
                        SET records = t.records + EXCLUDED.records, area_m2 = t.area_m2 + EXCLUDED.area_m2;
                    WITH moved AS (
                            SELECT o.id, o.province_id, o.district_id, -1 AS sign
                            FROM old_rows o JOIN new_rows n ON n.id = o.id
                            WHERE o.approval_status = 'Approved' AND o.archived_at IS NULL
                              AND (n.approval_status, n.archived_at, n.province_id, n.district_id) IS DISTINCT FROM (o.approval_status, o.archived_at, o.province_id, o.district_id)
                            UNION ALL
                            SELECT n.id, n.province_id, n.district_id, 1
                            FROM new_rows n JOIN old_rows o ON o.id = n.id
                            WHERE n.approval_status = 'Approved' AND n.archived_at IS NULL
                              AND (n.approval_status, n.archived_at, n.province_id, n.district_id) IS DISTINCT FROM (o.approval_status, o.archived_at, o.province_id, o.district_id))
                    INSERT INTO devices_disposed_by_year AS t (year, province_id, district_id, category, disposal_method, records, quantity)
                    SELECT date_part('year', d.disposed_on)::int, m.province_id, m.district_id, d.category, d.disposal_method, sum(m.sign), sum(m.sign * d.quantity)
                    FROM moved m
                    JOIN devices_found d ON d.hazardous_area_id = m.id AND d.approval_status = 'Approved' AND d.archived_at IS NULL
                        AND d.disposed_on IS NOT NULL AND d.disposal_method IS NOT NULL
                    JOIN land_release_activities a ON a.id = d.activity_id AND a.approval_status = 'Approved' AND a.archived_at IS NULL
                    GROUP BY 1, 2, 3, 4, 5
                    ON CONFLICT (year, province_id, district_id, category, disposal_method) DO UPDATE
                        SET records = t.records + EXCLUDED.records, quantity = t.quantity + EXCLUDED.quantity;
                    DELETE FROM released_land_by_year WHERE records = 0;
                    DELETE FROM devices_disposed_by_year WHERE records = 0;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER released_land_by_year_inserted AFTER INSERT ON land_release_products
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION released_land_by_year_products();
                CREATE TRIGGER released_land_by_year_updated AFTER UPDATE ON land_release_products
                    REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION released_land_by_year_products();
                CREATE TRIGGER released_land_by_year_deleted AFTER DELETE ON land_release_products
                    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION released_land_by_year_products();
                CREATE TRIGGER devices_disposed_by_year_inserted AFTER INSERT ON devices_found
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION devices_disposed_by_year_devices();
                CREATE TRIGGER devices_disposed_by_year_updated AFTER UPDATE ON devices_found
                    REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION devices_disposed_by_year_devices();
                CREATE TRIGGER devices_disposed_by_year_deleted AFTER DELETE ON devices_found
                    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION devices_disposed_by_year_devices();
                CREATE TRIGGER land_release_by_year_activities_updated AFTER UPDATE ON land_release_activities
                    REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION land_release_by_year_activities();
                CREATE TRIGGER land_release_by_year_hazards_updated AFTER UPDATE ON hazardous_areas
                    REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION land_release_by_year_hazards();

                SELECT land_release_by_year_rebuild();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER land_release_by_year_hazards_updated ON hazardous_areas;
                DROP TRIGGER land_release_by_year_activities_updated ON land_release_activities;
                DROP TRIGGER devices_disposed_by_year_deleted ON devices_found;
                DROP TRIGGER devices_disposed_by_year_updated ON devices_found;
                DROP TRIGGER devices_disposed_by_year_inserted ON devices_found;
                DROP TRIGGER released_land_by_year_deleted ON land_release_products;
                DROP TRIGGER released_land_by_year_updated ON land_release_products;
                DROP TRIGGER released_land_by_year_inserted ON land_release_products;
                DROP FUNCTION land_release_by_year_hazards();
                DROP FUNCTION land_release_by_year_activities();
                DROP FUNCTION devices_disposed_by_year_devices();
                DROP FUNCTION released_land_by_year_products();
                DROP FUNCTION land_release_by_year_rebuild();
                DROP VIEW devices_disposed_by_year_ledger;
                DROP VIEW released_land_by_year_ledger;
                DROP TABLE devices_disposed_by_year;
                DROP TABLE released_land_by_year;
                """);
        }
    }
}
