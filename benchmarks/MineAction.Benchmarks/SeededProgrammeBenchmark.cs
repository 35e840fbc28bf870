using BenchmarkDotNet.Attributes;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MineAction.Benchmarks;

/// <summary>
/// A benchmark on the seeded programme (MINEACTION_BENCH_SIZE hazards, 20,000 by default; or MINEACTION_BENCH_SCALE hazards of the
/// national-scale demo, <c>seed-scale</c>, with its ten ledger rows a hazard): the application's use cases as an information manager, and a
/// raw Npgsql data source for the hand-written SQL they are compared with.
/// </summary>
public abstract class SeededProgrammeBenchmark
{
    private ServiceProvider _services = null!;
    private NpgsqlDataSource _raw = null!;

    private static int Size => int.TryParse(Environment.GetEnvironmentVariable("MINEACTION_BENCH_SIZE"), out var n) ? n : 20_000;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var connectionString = int.TryParse(Environment.GetEnvironmentVariable("MINEACTION_BENCH_SCALE"), out var hazards)
            ? await BenchDatabase.EnsureAsync($"mineaction_scale_{hazards}", hazards, scale: true)
            : await BenchDatabase.EnsureAsync($"mineaction_bench_{Size}", Size);
        _services = BenchDatabase.Services(connectionString, Application.Security.Roles.InformationManager);
        _raw = NpgsqlDataSource.Create(connectionString);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _services.DisposeAsync();
        await _raw.DisposeAsync();
    }

    /// <summary>Runs <paramref name="sql"/> (one statement or more) and reads every row of every result; the number of rows.</summary>
    protected async Task<int> RawAsync(string sql)
    {
        await using var command = _raw.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        do
        {
            while (await reader.ReadAsync())
            {
                rows++;
            }
        }
        while (await reader.NextResultAsync());

        return rows;
    }

    /// <summary>The use case's answer, in a scope of its own as a request would have.</summary>
    protected async Task<TResult> SendAsync<TResult>(IQuery<TResult> query)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query);
    }
}
