using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Domain.LandRelease;
using MineAction.Domain.Operations;
using MineAction.Migrations;
using Npgsql;

namespace MineAction.Testing;

/// <summary>
/// One migrated template database per test process (with Tarsenia's provinces, districts,
/// organisations and one demo user per role; no hazards), cloned with CREATE DATABASE … TEMPLATE for every test class.
/// The server is the private cluster that scripts/test.sh starts (MINEACTION_TEST_SERVER overrides it).
/// </summary>
public static class TestDatabase
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly string TemplateName = $"mineaction_tpl_{Environment.ProcessId}";
    private static bool _templateReady;
    private static int _clones;

    public static string Server =>
        Environment.GetEnvironmentVariable("MINEACTION_TEST_SERVER")
        ?? "Host=127.0.0.1;Port=55432;Username=mineaction;Password=mineaction";

    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = database, Pooling = true, MaxPoolSize = 20 }.ConnectionString;

    /// <summary>Creates a fresh database from the template and returns its name.</summary>
    public static async Task<string> CloneAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (!_templateReady)
            {
                await CreateTemplateAsync();
                _templateReady = true;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => DropAsync(TemplateName).GetAwaiter().GetResult();
            }

            var name = $"mineaction_test_{Environment.ProcessId}_{Interlocked.Increment(ref _clones)}";
            await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{TemplateName}\"");
            return name;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A new, empty, migrated database (no demo data) for tests of the seeding itself; returns its name.</summary>
    public static async Task<string> CreateMigratedAsync()
    {
        var name = $"mineaction_test_{Environment.ProcessId}_{Interlocked.Increment(ref _clones)}";
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        await using var services = Cli.Services(ConnectionString(name), "test-setup");
        await using var scope = services.CreateAsyncScope();
        await Cli.MigrateAsync(scope.ServiceProvider);
        return name;
    }

    public static async Task DropAsync(string database)
    {
        await using (var connection = new NpgsqlConnection(ConnectionString(database)))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    private static async Task CreateTemplateAsync()
    {
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{TemplateName}\" WITH (FORCE)");
        await ExecuteAsync($"CREATE DATABASE \"{TemplateName}\"");
        // Unpooled: no connection may stay open on a template, or cloning it fails.
        var connectionString = new NpgsqlConnectionStringBuilder(ConnectionString(TemplateName)) { Pooling = false }.ConnectionString;
        await using var services = Cli.Services(connectionString, "test-setup");
        await using var scope = services.CreateAsyncScope();
        await Cli.MigrateAsync(scope.ServiceProvider);
        await Cli.SeedDemoAsync(scope.ServiceProvider, size: 0);
        await AccreditHaloAsync(connectionString);
    }

    /// <summary>
    /// HALO (the demo operator user's organisation) holds nationwide accreditations for every land-release activity from 2000, so tests can
    /// start its activities; every other organisation holds none, so tests of the accreditation rules start from nothing.
    /// </summary>
    private static async Task AccreditHaloAsync(string connectionString)
    {
        await using var db = Cli.CreateContext(connectionString);
        var halo = await db.Organisations.SingleAsync(o => o.Acronym == "HALO");
        db.Accreditations.AddRange(Enum.GetValues<ActivityType>().Select(type =>
            new Accreditation(halo.Id, Accreditation.For(type), $"NMAA/ACC/HALO-{type}", new DateOnly(2000, 1, 1), new DateOnly(2099, 12, 31), [])));
        await db.SaveChangesAsync();
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
