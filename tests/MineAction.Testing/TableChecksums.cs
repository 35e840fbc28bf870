using Npgsql;

namespace MineAction.Testing;

/// <summary>Every table of the database's public schema with its row count and the MD5 of all its rows in a fixed order, read in one query.</summary>
public static class TableChecksums
{
    public static async Task<Dictionary<string, string>> OfAsync(string connectionString, params string[] except)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var sql = string.Join("\nUNION ALL ", tables.Except(except).Select(table =>
            $"SELECT '{table}', (SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM public.\"{table}\" t)"));
        var sums = new Dictionary<string, string>();
        await using var sum = new NpgsqlCommand(sql, connection);
        await using var rows = await sum.ExecuteReaderAsync();
        while (await rows.ReadAsync())
        {
            sums[rows.GetString(0)] = rows.GetString(1);
        }

        return sums;
    }
}
