using BenchmarkDotNet.Attributes;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.Abstractions;
using MineAction.Application.Hazards;
using MineAction.Application.LandRelease;
using MineAction.Migrations;
using MineAction.Web.Hosting;
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
        var connectionString = await BenchDatabase.EnsureAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMineActionCore(connectionString);
        services.AddSingleton<ICurrentUser, BenchUser>();
        _services = services.BuildServiceProvider();
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

    private sealed class BenchUser : ICurrentUser
    {
        public string Name => "benchmark";

        public Guid? UserId => null;

        public Guid? OrganisationId => null;

        public bool IsInRole(string role) => role == Application.Security.Roles.InformationManager;
    }
}

/// <summary>Creates and seeds the benchmark database once (idempotent).</summary>
public static class BenchDatabase
{
    public static async Task<string> EnsureAsync()
    {
        var server = Environment.GetEnvironmentVariable("MINEACTION_TEST_SERVER") ?? "Host=127.0.0.1;Port=55432;Username=mineaction;Password=mineaction";
        var size = int.TryParse(Environment.GetEnvironmentVariable("MINEACTION_BENCH_SIZE"), out var n) ? n : 20_000;
        var name = $"mineaction_bench_{size}";
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString))
        {
            await admin.OpenAsync();
            await using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{name}'", admin);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
                await create.ExecuteNonQueryAsync();
            }
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        await using var services = Cli.Services(connectionString, "benchmark-seed");
        await using var scope = services.CreateAsyncScope();
        await Cli.MigrateAsync(scope.ServiceProvider);
        await Cli.SeedDemoAsync(scope.ServiceProvider, size);
        await using var analyze = new NpgsqlConnection(connectionString);
        await analyze.OpenAsync();
        await using var command = new NpgsqlCommand("ANALYZE", analyze);
        await command.ExecuteNonQueryAsync();
        return connectionString;
    }
}
