using System.Net.Sockets;
using Npgsql;

namespace MineAction.Api.Tests.Reliability;

/// <summary>
/// scripts/replica.sh makes a hot standby of the test server; the app's read-only connection lists it first (prefer-standby) and the
/// primary after it. Reports are then answered by the standby — a hazard recorded while the standby's replay is paused is on the primary
/// but not yet in the export — and with the standby stopped the same export is answered by the primary.
/// </summary>
public sealed class StandbyTests(MineActionApp app) : IClassFixture<MineActionApp>, IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"mineaction-standby-{Guid.NewGuid():N}");
    private readonly int _port = FreePort();

    public async Task InitializeAsync()
    {
        var start = await ReplicaAsync("start");
        Assert.True(start.Exit == 0, start.Output);
        Assert.Contains("Target Session Attributes=prefer-standby", start.Output, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        var remove = await ReplicaAsync("remove");
        Assert.True(remove.Exit == 0, remove.Output);
    }

    [Fact]
    public async Task Reports_are_answered_by_the_standby_and_by_the_primary_while_it_is_down()
    {
        var scenario = new Scenario(app);
        var primary = new NpgsqlConnectionStringBuilder(TestDatabase.Server);
        var readOnly = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString(app.DatabaseName))
        {
            Host = $"127.0.0.1:{_port},{primary.Host}:{primary.Port}", TargetSessionAttributes = "prefer-standby",
        }.ConnectionString;
        await using var withStandby = app.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:MineActionReadOnly", readOnly));
        var reports = app.AuthorisedClient(withStandby, Roles.InformationManager);

        var before = await scenario.NewHazardAsync(scenario.Im);
        await CaughtUpAsync();
        Assert.Contains(before.Summary.Code, await ExportAsync(reports), StringComparison.Ordinal);

        await OnStandbyAsync("SELECT pg_wal_replay_pause()");
        var during = await scenario.NewHazardAsync(scenario.Im);
        Assert.Equal(HttpStatusCode.OK, (await reports.GetAsync($"/api/v1/hazardous-areas/{during.Summary.Id}")).StatusCode);
        var paused = await ExportAsync(reports);
        Assert.Contains(before.Summary.Code, paused, StringComparison.Ordinal);
        Assert.DoesNotContain(during.Summary.Code, paused, StringComparison.Ordinal);

        await OnStandbyAsync("SELECT pg_wal_replay_resume()");
        await CaughtUpAsync();
        Assert.Contains(during.Summary.Code, await ExportAsync(reports), StringComparison.Ordinal);

        var stop = await ReplicaAsync("stop");
        Assert.True(stop.Exit == 0, stop.Output);
        var after = await scenario.NewHazardAsync(scenario.Im);
        Assert.Contains(after.Summary.Code, await ExportAsync(reports), StringComparison.Ordinal);
        foreach (var report in new[] { "/api/v1/land-release/summary", "/api/v1/land-release/contamination?asOf=2024-12-31", "/api/v1/casualties/statistics" })
        {
            Assert.Equal(HttpStatusCode.OK, (await reports.GetAsync(report)).StatusCode);
        }
    }

    private static async Task<string> ExportAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/v1/hazardous-areas/export.csv");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return body;
    }

    /// <summary>Waits until the standby has replayed everything the primary has written so far.</summary>
    private async Task CaughtUpAsync()
    {
        string target;
        await using (var connection = new NpgsqlConnection(TestDatabase.ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT pg_current_wal_lsn()::text", connection);
            target = (string)(await command.ExecuteScalarAsync())!;
        }

        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (await OnStandbyAsync($"SELECT pg_last_wal_replay_lsn() >= '{target}'::pg_lsn") is true)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"the standby did not replay up to {target} within 30 s");
    }

    private async Task<object?> OnStandbyAsync(string sql)
    {
        var standby = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString("postgres")) { Host = "127.0.0.1", Port = _port, Pooling = false };
        await using var connection = new NpgsqlConnection(standby.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private Task<(int Exit, string Output)> ReplicaAsync(string command) =>
        ExternalTool.RunScriptAsync("replica.sh", new Dictionary<string, string>
        {
            ["MINEACTION_REPLICA_DIR"] = _folder, ["MINEACTION_REPLICA_PORT"] = _port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, command);

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
