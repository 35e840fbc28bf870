using MineAction.Application.DataImport;
using Npgsql;

namespace MineAction.Infrastructure.Persistence;

/// <summary>Import progress on a connection of its own (plain SQL: progress is not a change of the record, so it is not audited).</summary>
public sealed class ImportProgress(string connectionString) : IImportProgress, IAsyncDisposable
{
    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);

    public async Task StartedAsync(Guid importId, int rowsTotal, CancellationToken ct) =>
        await ExecuteAsync("UPDATE import_jobs SET rows_total = $2, rows_checked = 0, updated_at = now() WHERE id = $1", ct, importId, rowsTotal);

    public async Task ReportAsync(Guid importId, int rowsChecked, int problems, CancellationToken ct) =>
        await ExecuteAsync("UPDATE import_jobs SET rows_checked = $2, problem_count = $3, updated_at = now() WHERE id = $1 AND state = 'Validating'",
            ct, importId, rowsChecked, problems);

    public async Task<bool> IsCancelledAsync(Guid importId, CancellationToken ct)
    {
        await using var command = _source.CreateCommand("SELECT state FROM import_jobs WHERE id = $1");
        command.Parameters.AddWithValue(importId);
        return await command.ExecuteScalarAsync(ct) is "Cancelled";
    }

    public async Task<Guid?> ClaimNextAsync(TimeSpan abandonedAfter, CancellationToken ct)
    {
        // A check whose node died (no progress for a while) is taken over; SKIP LOCKED keeps two nodes off the same import.
        await using var command = _source.CreateCommand("""
            UPDATE import_jobs SET state = 'Validating', rows_checked = 0, updated_at = now()
            WHERE id = (SELECT id FROM import_jobs
                        WHERE state = 'Queued' OR (state = 'Validating' AND updated_at < now() - $1)
                        ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id
            """);
        command.Parameters.AddWithValue(abandonedAfter);
        return await command.ExecuteScalarAsync(ct) as Guid?;
    }

    public async Task<int> DropStaleStagingAsync(CancellationToken ct)
    {
        await using var command = _source.CreateCommand($$"""
            SELECT format('%I.%I', t.schemaname, t.tablename) FROM pg_tables t
            WHERE t.schemaname = '{{ImportBatch.Schema}}'
              AND NOT EXISTS (SELECT 1 FROM import_jobs j
                              WHERE replace(j.id::text, '-', '') = substring(t.tablename FROM '_([0-9a-f]{32})$')
                                AND j.state IN ('Queued', 'Validating', 'Valid'))
            """);
        var stale = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                stale.Add(reader.GetString(0));
            }
        }

        foreach (var table in stale)
        {
            await ExecuteAsync($"DROP TABLE IF EXISTS {table}", ct);
        }

        return stale.Count;
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();

    private async Task ExecuteAsync(string sql, CancellationToken ct, params object[] values)
    {
        await using var command = _source.CreateCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.AddWithValue(value);
        }

        await command.ExecuteNonQueryAsync(ct);
    }
}
