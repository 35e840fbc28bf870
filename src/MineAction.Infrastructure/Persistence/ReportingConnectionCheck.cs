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
            await using var probe = connection.CreateCommand();
            probe.CommandText = "SELECT 1";
            await probe.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (NpgsqlException e) when (e.IsTransient || e is PostgresException { SqlState: PostgresErrorCodes.AdminShutdown })
        {
            NpgsqlConnection.ClearPool((NpgsqlConnection)connection);
            await connection.CloseAsync();
            await connection.OpenAsync(cancellationToken);
        }
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        ConnectionOpenedAsync(connection, eventData).GetAwaiter().GetResult();
}
