using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace MineAction.Infrastructure.Persistence;

/// <summary>
/// On the reports' read-only connection: a pooled connection to a standby that has stopped since fails on its first statement — after an
/// export has begun its response. So each connection taken from the pool answers a trivial statement first; a dead one empties the pool
/// and the connection opens again, which Npgsql then makes to the next host listed (the primary, while the standby is down).
/// </summary>
public sealed class ReportingConnectionCheck : DbConnectionInterceptor
{
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var probe = Probe(connection);
            await probe.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException e) when (IsGone(e))
        {
            NpgsqlConnection.ClearPool((NpgsqlConnection)connection);
            await connection.CloseAsync().ConfigureAwait(false);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The same without blocking on the asynchronous path (a synchronous query on the Blazor circuit would wait on itself).</summary>
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        try
        {
            using var probe = Probe(connection);
            probe.ExecuteNonQuery();
        }
        catch (NpgsqlException e) when (IsGone(e))
        {
            NpgsqlConnection.ClearPool((NpgsqlConnection)connection);
            connection.Close();
            connection.Open();
        }
    }

    private static DbCommand Probe(DbConnection connection)
    {
        var probe = connection.CreateCommand();
        probe.CommandText = "SELECT 1";
        return probe;
    }

    /// <summary>The server went away under a pooled connection: a network failure, or a shut-down standby's "terminating connection".</summary>
    private static bool IsGone(NpgsqlException e) => e.IsTransient || e is PostgresException { SqlState: PostgresErrorCodes.AdminShutdown };
}
