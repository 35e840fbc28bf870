using Npgsql;

namespace MineAction.Api.Tests.Reliability;

/// <summary>
/// Stops the app half-way through a write so a test can kill it there: a trigger on <c>table</c> waits, inside the app's own transaction,
/// for an advisory lock this object holds. <see cref="WaitUntilBlockedAsync"/> returns once a session of the app has already written (it has
/// a transaction id) and waits on that lock; <see cref="ReleaseAsync"/> lets it go and waits until the app's sessions are gone.
/// </summary>
internal sealed class WritePause : IAsyncDisposable
{
    private const long LockKey = 7_140_001;
    private readonly NpgsqlConnection _holder;
    private readonly string _table;

    private WritePause(NpgsqlConnection holder, string table)
    {
        _holder = holder;
        _table = table;
    }

    /// <summary>Pauses every <paramref name="operation"/> (INSERT or UPDATE) of <paramref name="table"/> until released.</summary>
    public static async Task<WritePause> OnAsync(string connectionString, string table, string operation)
    {
        var holder = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await holder.OpenAsync();
        await ExecuteAsync(holder, $"""
            CREATE OR REPLACE FUNCTION fault_pause() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN PERFORM pg_advisory_xact_lock({LockKey}); RETURN NULL; END $$;
            CREATE TRIGGER fault_pause AFTER {operation} ON {table} FOR EACH ROW EXECUTE FUNCTION fault_pause();
            SELECT pg_advisory_lock({LockKey});
            """);
        return new WritePause(holder, table);
    }

    /// <summary>Waits until a session named <paramref name="applicationName"/> has written and is held by the trigger.</summary>
    public async Task WaitUntilBlockedAsync(string applicationName)
    {
        await WaitForAsync(applicationName, """
            SELECT count(*) FROM pg_stat_activity WHERE application_name = @name AND wait_event_type = 'Lock' AND wait_event = 'advisory'
            AND backend_xid IS NOT NULL
            """, found: true);
    }

    /// <summary>Lets the held session go on, waits until no session named <paramref name="applicationName"/> is left, removes the trigger.</summary>
    public async Task ReleaseAsync(string applicationName)
    {
        await ExecuteAsync(_holder, $"SELECT pg_advisory_unlock({LockKey})");
        await WaitForAsync(applicationName, "SELECT count(*) FROM pg_stat_activity WHERE application_name = @name", found: false);
        await ExecuteAsync(_holder, $"DROP TRIGGER IF EXISTS fault_pause ON {_table}");
    }

    public async ValueTask DisposeAsync() => await _holder.DisposeAsync();

    private async Task WaitForAsync(string applicationName, string sql, bool found)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            await using var command = new NpgsqlCommand(sql, _holder);
            command.Parameters.AddWithValue("name", applicationName);
            if ((long)(await command.ExecuteScalarAsync())! > 0 == found)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Waited 60 s for: {sql}");
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
