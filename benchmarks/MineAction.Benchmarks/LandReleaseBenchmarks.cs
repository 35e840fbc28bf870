using BenchmarkDotNet.Attributes;
using MineAction.Application.Hazards;
using MineAction.Application.LandRelease;

namespace MineAction.Benchmarks;

/// <summary>
/// The national land release queries through the application (EF Core LINQ → SQL) against the same
/// aggregate hand-written in SQL and read with Npgsql, on a seeded programme (MINEACTION_BENCH_SIZE hazards).
/// </summary>
[MemoryDiagnoser]
public class LandReleaseBenchmarks : SeededProgrammeBenchmark
{
    private const string SummarySql = """
        SELECT date_part('year', p.release_date)::int, h.province_id,
               sum(CASE WHEN p.outcome = 'Cancelled' THEN p.area_m2 ELSE 0 END),
               sum(CASE WHEN p.outcome = 'Reduced' THEN p.area_m2 ELSE 0 END),
               sum(CASE WHEN p.outcome = 'Cleared' THEN p.area_m2 ELSE 0 END)
        FROM land_release_products p
        JOIN land_release_activities a ON a.id = p.activity_id AND a.approval_status = 'Approved' AND a.archived_at IS NULL
        JOIN hazardous_areas h ON h.id = p.hazardous_area_id AND h.approval_status = 'Approved' AND h.archived_at IS NULL
        WHERE p.archived_at IS NULL
        GROUP BY 1, 2
        """;

    [Benchmark(Baseline = true, Description = "Summary: raw SQL (Npgsql)")]
    public Task<int> SummaryRawSql() => RawAsync(SummarySql);

    [Benchmark(Description = "Summary: application (released + devices + remaining)")]
    public async Task<int> SummaryApplication()
    {
        var summary = await SendAsync(new LandReleaseSummary.Query());
        return summary.Released.Count + summary.Devices.Count + summary.Remaining.Count;
    }

    [Benchmark(Description = "Reconciliation of a year: application")]
    public async Task<int> ReconciliationApplication()
    {
        var rows = await SendAsync(new ReconcileContamination.Query(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)));
        return rows.Count;
    }

    private const string HazardListSql = """
        SELECT count(*) FROM (
            SELECT 1 FROM hazardous_areas h
            WHERE h.archived_at IS NULL AND h.type = 'CHA' AND h.device_categories @> '{AntiPersonnelMine}'
            LIMIT 5001) AS counted;
        SELECT h.id, h.code, h.name, h.type, h.status, h.approval_status, p.name, d.name, h.area_m2, h.device_categories,
               h.recorded_on, o.acronym
        FROM hazardous_areas h
        JOIN admin_areas p ON p.id = h.province_id
        LEFT JOIN admin_areas d ON d.id = h.district_id
        JOIN organisations o ON o.id = h.recording_organisation_id
        WHERE h.archived_at IS NULL AND h.type = 'CHA' AND h.device_categories @> '{AntiPersonnelMine}'
        ORDER BY h.area_m2 DESC, h.id DESC
        LIMIT 50
        """;

    [Benchmark(Description = "Hazard list page (50, filtered, sorted by area) and its count to 5,000: raw SQL (Npgsql)")]
    public Task<int> HazardListRawSql() => RawAsync(HazardListSql);

    [Benchmark(Description = "Hazard list page (50, filtered, sorted by area): application")]
    public async Task<int> HazardListApplication()
    {
        var page = await SendAsync(new ListHazardousAreas.Query(
            Type: Domain.Hazards.HazardType.CHA, DeviceCategory: Domain.Hazards.DeviceCategory.AntiPersonnelMine, Sort: "-areaM2"));
        return page.Items.Count;
    }
}
