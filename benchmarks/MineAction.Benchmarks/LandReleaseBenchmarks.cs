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

    [Benchmark(Description = "Hazard list page (50, filtered, sorted by area): application")]
    public async Task<int> HazardListApplication()
    {
        var page = await SendAsync(new ListHazardousAreas.Query(
            Type: Domain.Hazards.HazardType.CHA, DeviceCategory: Domain.Hazards.DeviceCategory.AntiPersonnelMine, Sort: "-areaM2"));
        return page.Items.Count;
    }
}
