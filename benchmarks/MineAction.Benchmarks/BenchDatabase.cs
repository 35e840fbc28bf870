using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.Abstractions;
using MineAction.Migrations;
using MineAction.Web.Hosting;
using Npgsql;

namespace MineAction.Benchmarks;

/// <summary>The benchmarks' databases on the private cluster (or MINEACTION_TEST_SERVER), created once and reused by later runs.</summary>
public static class BenchDatabase
{
    /// <summary>
    /// The migrated database <paramref name="name"/>, with the demo programme of <paramref name="demoSize"/> hazardous areas loaded (its
    /// generator does nothing when it is there already), or empty when <paramref name="demoSize"/> is null; analysed. With
    /// <paramref name="scale"/> the national-scale demo of <paramref name="demoSize"/> hazards (<c>seed-scale</c>) instead.
    /// </summary>
    public static async Task<string> EnsureAsync(string name, int? demoSize, bool scale = false)
    {
        var server = Environment.GetEnvironmentVariable("MINEACTION_TEST_SERVER") ?? "Host=127.0.0.1;Port=55432;Username=mineaction;Password=mineaction";
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
        if (demoSize is { } size)
        {
            Console.WriteLine(scale ? await Cli.SeedScaleAsync(scope.ServiceProvider, size, 2365) : await Cli.SeedDemoAsync(scope.ServiceProvider, size));
        }

        await ExecuteAsync(connectionString, "ANALYZE");
        return connectionString;
    }

    /// <summary>The application's use cases on <paramref name="connectionString"/>, acting as a user with <paramref name="role"/>.</summary>
    public static ServiceProvider Services(string connectionString, string role)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMineActionCore(connectionString);
        services.AddSingleton<ICurrentUser>(new BenchUser(role));
        return services.BuildServiceProvider();
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // No timeout: an iteration's VACUUM and CHECKPOINT last as long as the previous iteration left them to do.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private sealed record BenchUser(string Role) : ICurrentUser
    {
        public string Name => "benchmark";

        public Guid? UserId => null;

        public Guid? OrganisationId => null;

        public bool IsInRole(string role) => role == Role;

        public bool IsSystem => false;
    }
}
