using BenchmarkDotNet.Attributes;
using MineAction.Application.LandRelease;
using MineAction.Application.People;

namespace MineAction.Benchmarks;

/// <summary>
/// The national aggregates of issue #19 (item 2: each ≤ 2× its hand-written SQL and ≤ 300 ms at 200,000 hazards and 2 million ledger
/// rows) through the application against the same figures hand-written in SQL, on the national-scale demo
/// (<c>MINEACTION_BENCH_SCALE=200000</c>): contamination remaining today and at the end of 2024, the reconciliation of a year and the casualty statistics.
/// </summary>
[MemoryDiagnoser]
public class NationalAggregateBenchmarks : SeededProgrammeBenchmark
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Approved released land of approved activities, the ledger every contamination figure reads.</summary>
    private const string Released = """
        SELECT p.hazardous_area_id, p.area_m2, p.release_date, p.superseded_on, p.outcome
        FROM land_release_products p
        JOIN land_release_activities a ON a.id = p.activity_id AND a.archived_at IS NULL AND a.approval_status = 'Approved'
        WHERE p.archived_at IS NULL AND p.approval_status = 'Approved'
        """;

    /// <summary>Remaining SHA and CHA at the end of a day, one row a type.</summary>
    private static string Remaining(string day) => $"""
        SELECT h.confirmed_on IS NOT NULL AND h.confirmed_on <= {day} AS cha, sum(h.area_m2 - coalesce(r.released, 0)) AS remaining
        FROM hazardous_areas h
        LEFT JOIN (SELECT hazardous_area_id, sum(area_m2) AS released FROM ({Released}) l
                   WHERE release_date <= {day} AND (superseded_on IS NULL OR superseded_on > {day}) GROUP BY 1) r ON r.hazardous_area_id = h.id
        WHERE h.approval_status = 'Approved' AND h.archived_at IS NULL AND h.recorded_on <= {day}
        GROUP BY 1
        """;

    private static readonly string ContaminationSql = Remaining("current_date");

    /// <summary>A hazard's approved released land dated before its <paramref name="date"/> column and not superseded by then.</summary>
    private static string ReleasedBefore(string date) => $"""
        coalesce((SELECT sum(p.area_m2) FROM land_release_products p
                  JOIN land_release_activities a ON a.id = p.activity_id AND a.archived_at IS NULL AND a.approval_status = 'Approved'
                  WHERE p.hazardous_area_id = h.id AND p.archived_at IS NULL AND p.approval_status = 'Approved' AND p.release_date < {date}
                    AND (p.superseded_on IS NULL OR p.superseded_on >= {date})), 0)
        """;

    /// <summary>The reconciliation of 2020: opening and closing by type, new and confirmed net of earlier releases, released and re-opened.</summary>
    private static readonly string ReconciliationSql = $"""
        WITH h AS (SELECT id, area_m2, recorded_on, confirmed_on FROM hazardous_areas WHERE approval_status = 'Approved' AND archived_at IS NULL),
        l AS ({Released}),
        opening AS ({Remaining("DATE '2019-12-31'")}),
        closing AS ({Remaining("DATE '2020-12-31'")}),
        moved AS (
            SELECT h.confirmed_on = h.recorded_on AS cha, sum(h.area_m2 - {ReleasedBefore("h.recorded_on")}) AS recorded, 0::float8 AS confirmed
            FROM h WHERE h.recorded_on BETWEEN DATE '2020-01-01' AND DATE '2020-12-31' GROUP BY 1
            UNION ALL
            SELECT true, 0, sum(h.area_m2 - {ReleasedBefore("h.confirmed_on")})
            FROM h WHERE h.confirmed_on BETWEEN DATE '2020-01-01' AND DATE '2020-12-31' AND h.confirmed_on > h.recorded_on),
        released AS (
            SELECT h.confirmed_on IS NOT NULL AND h.confirmed_on <= l.release_date AS cha, l.outcome, sum(l.area_m2) AS area
            FROM l JOIN h ON h.id = l.hazardous_area_id
            WHERE l.release_date BETWEEN DATE '2020-01-01' AND DATE '2020-12-31' AND l.release_date >= h.recorded_on GROUP BY 1, 2),
        reopened AS (
            SELECT h.confirmed_on IS NOT NULL AND h.confirmed_on <= l.superseded_on AS cha, sum(l.area_m2) AS area
            FROM l JOIN h ON h.id = l.hazardous_area_id
            WHERE l.superseded_on BETWEEN DATE '2020-01-01' AND DATE '2020-12-31' GROUP BY 1)
        SELECT t.cha, o.remaining, (SELECT sum(recorded) FROM moved WHERE moved.cha = t.cha), (SELECT sum(confirmed) FROM moved),
               (SELECT jsonb_object_agg(outcome, area) FROM released r WHERE r.cha = t.cha), (SELECT area FROM reopened x WHERE x.cha = t.cha),
               c.remaining
        FROM (VALUES (false), (true)) t(cha) LEFT JOIN opening o ON o.cha = t.cha LEFT JOIN closing c ON c.cha = t.cha
        """;

    private const string CasualtiesSql = """
        SELECT extract(year FROM a.occurred_on)::int, c.sex, c.age_group, a.device_category, a.activity_at_time,
               count(*) FILTER (WHERE c.outcome = 'Killed'), count(*) FILTER (WHERE c.outcome = 'Injured')
        FROM casualties c JOIN accidents a ON a.id = c.accident_id
        WHERE c.archived_at IS NULL AND a.archived_at IS NULL
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3
        """;

    [Benchmark(Description = "Contamination remaining today: raw SQL (Npgsql)")]
    public Task<int> ContaminationRawSql() => RawAsync(ContaminationSql);

    [Benchmark(Description = "Contamination remaining today: application (GET /land-release/contamination)")]
    public async Task<int> ContaminationApplication() => (await SendAsync(new GetContaminationAsOf.Query(Today))).Count;

    [Benchmark(Description = "Contamination remaining at the end of 2024: raw SQL (Npgsql)")]
    public Task<int> ContaminationOf2024RawSql() => RawAsync(Remaining("DATE '2024-12-31'"));

    [Benchmark(Description = "Contamination remaining at the end of 2024: application (GET /land-release/contamination?asOf=2024-12-31)")]
    public async Task<int> ContaminationOf2024Application() => (await SendAsync(new GetContaminationAsOf.Query(new DateOnly(2024, 12, 31)))).Count;

    [Benchmark(Description = "Reconciliation of 2020: raw SQL (Npgsql)")]
    public Task<int> ReconciliationRawSql() => RawAsync(ReconciliationSql);

    [Benchmark(Description = "Reconciliation of 2020: application (GET /land-release/reconciliation)")]
    public async Task<int> ReconciliationApplication() =>
        (await SendAsync(new ReconcileContamination.Query(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)))).Count;

    [Benchmark(Description = "Casualty statistics: raw SQL (Npgsql)")]
    public Task<int> CasualtiesRawSql() => RawAsync(CasualtiesSql);

    [Benchmark(Description = "Casualty statistics: application (GET /casualties/statistics)")]
    public async Task<int> CasualtiesApplication() => (await SendAsync(new CasualtyStatistics.Query())).Count;
}
