using System.Data;
using System.Data.Common;

namespace MineAction.Application.Common;

/// <summary>Runs a hand-written SQL aggregate (where LINQ would not translate or would be slow) and maps its rows.</summary>
public static class SqlRows
{
    public static async Task<List<T>> QueryAsync<T>(IMineActionDb db, string sql, Func<DbDataReader, T> map, CancellationToken ct,
        params (string Name, object? Value, DbType Type)[] parameters)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value, type) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.DbType = type;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            await using var reader = await command.ExecuteReaderAsync(ct);
            var rows = new List<T>();
            while (await reader.ReadAsync(ct))
            {
                rows.Add(map(reader));
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
