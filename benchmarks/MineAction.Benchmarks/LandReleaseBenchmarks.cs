using BenchmarkDotNet.Attributes;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.Hazards;
using MineAction.Application.LandRelease;
using Npgsql;

namespace MineAction.Benchmarks;

/// <summary>
/// The national land release queries through the application (EF Core LINQ → SQL) against the same
/// aggregate hand-written in SQL and read with Npgsql, on a seeded programme (MINEACTION_BENCH_SIZE hazards).
/// </summary>
[MemoryDiagnoser]
public class LandReleaseBenchmarks
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

    private ServiceProvider _services = null!;
    private NpgsqlDataSource _raw = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var size = int.TryParse(Environment.GetEnvironmentVariable("MINEACTION_BENCH_SIZE"), out var n) ? n : 20_000;
        var connectionString = await BenchDatabase.EnsureAsync($"mineaction_bench_{size}", size);
        _services = BenchDatabase.Services(connectionString, Application.Security.Roles.InformationManager);
        _raw = NpgsqlDataSource.Create(connectionString);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _services.DisposeAsync();
        await _raw.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "Summary: raw SQL (Npgsql)")]
    public async Task<int> SummaryRawSql()
    {
        await using var command = _raw.CreateCommand(SummarySql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
        }

        return rows;
    }

    [Benchmark(Description = "Summary: application (released + devices + remaining)")]
    public async Task<int> SummaryApplication()
    {
        await using var scope = _services.CreateAsyncScope();
        var summary = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new LandReleaseSummary.Query());
        return summary.Released.Count + summary.Devices.Count + summary.Remaining.Count;
    }

    [Benchmark(Description = "Reconciliation of a year: application")]
    public async Task<int> ReconciliationApplication()
    {
        await using var scope = _services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new ReconcileContamination.Query(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)));
        return rows.Count;
    }

    [Benchmark(Description = "Hazard list page (50, filtered, sorted by area): application")]
    public async Task<int> HazardListApplication()
    {
        await using var scope = _services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListHazardousAreas.Query(
            Type: Domain.Hazards.HazardType.CHA, DeviceCategory: Domain.Hazards.DeviceCategory.AntiPersonnelMine, Sort: "-areaM2"));
        return page.Items.Count;
    }
}
