using MineAction.Domain.DataImport;
using Npgsql;
using NpgsqlTypes;

namespace MineAction.Application.DataImport;

/// <summary>
/// The set-based path of a record type (issue #16, item 5): each new row, once its cells are read and its record built by the domain, is
/// streamed by one binary COPY into a staging table; the rules that need the database (references, places, ids already held) are then
/// checked in SQL over the whole batch, and the records are written by one insert-select with their link to the import. A row that
/// updates an existing record is left to the row-by-row path (<see cref="TakeAsync"/> returns false).
/// <para>
/// The staging table (<c>import_staging.&lt;type&gt;_&lt;import&gt;</c>, unlogged: scratch data, emptied by a crash) outlives the check, so the
/// commit writes what the check staged after checking it again, without reading the file a second time; the commit (or a check that
/// found problems) drops it. While the COPY runs the connection is busy: <see cref="ReadAsync"/> does its lookups on the first row (the
/// import's references are read once) and none afterwards.
/// </para>
/// </summary>
public abstract class ImportBatch(IMineActionDb db, Guid importId) : IAsyncDisposable
{
    public const string Schema = "import_staging";

    private NpgsqlBinaryImporter? _copy;
    private bool _created;

    /// <summary>Rows staged.</summary>
    public int Staged { get; private set; }

    protected IMineActionDb Db { get; } = db;

    protected Guid ImportId { get; } = importId;

    /// <summary>The staging table's qualified name.</summary>
    protected string Table => $"{Schema}.{Prefix}_{ImportId:N}";

    /// <summary>
    /// Reads <paramref name="rows"/>: each new record is staged, or refused with its problems on its cells; returns, row by row, whether it
    /// updates an existing record instead (left to the row-by-row path). The import's first row is read alone (its lookups read the
    /// import's references whole), the others in parallel — their rules need no database then — and staged one after the other.
    /// </summary>
    public async Task<bool[]> TakeAsync(IReadOnlyList<RowCells> rows, CancellationToken ct)
    {
        var (updates, writes) = (new bool[rows.Count], new Action<NpgsqlBinaryImporter>?[rows.Count]);
        if (LooksUpEachChunk)
        {
            await PauseCopyAsync(ct);
            await PrepareAsync(rows, ct);
        }

        var first = 0;
        if (!_started && rows.Count > 0)
        {
            (updates[0], writes[0]) = await ReadAsync(rows[0], ct);
            (_started, first) = (true, 1);
        }

        await Parallel.ForAsync(first, rows.Count, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (i, token) => (updates[i], writes[i]) = await ReadAsync(rows[i], token));
        foreach (var write in writes)
        {
            if (write is not null)
            {
                await StageAsync(write, ct);
            }
        }

        return updates;
    }

    private bool _started;

    /// <summary>
    /// Whether the batch reads what the rows of each chunk name before reading them (<see cref="PrepareAsync"/>): the staging COPY then
    /// pauses between chunks (one COPY per thousand rows), so that memory holds one chunk's records, not the programme's.
    /// </summary>
    protected virtual bool LooksUpEachChunk => false;

    /// <summary>Reads what <paramref name="rows"/> name (when <see cref="LooksUpEachChunk"/>), before they are read in parallel.</summary>
    protected virtual Task PrepareAsync(IReadOnlyList<RowCells> rows, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Ends the staging COPY under way, if any (its rows are in the table); the next staged row starts another.</summary>
    private async Task PauseCopyAsync(CancellationToken ct)
    {
        if (_copy is not null)
        {
            await _copy.CompleteAsync(ct);
            await _copy.DisposeAsync();
            _copy = null;
        }
    }

    /// <summary>
    /// Reads one row, safely beside others (after the first): whether it updates an existing record, else how it is written to the staging
    /// COPY — null when it is refused, its problems on <paramref name="cells"/>.
    /// </summary>
    protected abstract Task<(bool Updates, Action<NpgsqlBinaryImporter>? Write)> ReadAsync(RowCells cells, CancellationToken ct);

    /// <summary>The problems of the staged rows that only the database can see, once every row is staged.</summary>
    public async Task<IReadOnlyList<ImportProblem>> CheckAsync(CancellationToken ct)
    {
        await PauseCopyAsync(ct);
        if (Staged == 0)
        {
            return [];
        }

        await ResolveAsync(ct);
        return await ProblemsAsync(ct);
    }

    /// <summary>
    /// Whether the check left exactly <paramref name="expected"/> staged rows for the commit (none are lost, the table is not gone with a
    /// restart); if so they are checked again (<paramref name="checkedAt"/>: references changed since are resolved anew) and returned.
    /// </summary>
    public async Task<IReadOnlyList<ImportProblem>?> ResumeAsync(int expected, DateTimeOffset checkedAt, CancellationToken ct)
    {
        await SessionForBatchAsync(ct);
        var exists = await ScalarAsync<bool>($"SELECT to_regclass('{Table}') IS NOT NULL", ct);
        if (expected == 0 || !exists || await ScalarAsync<long>($"SELECT count(*) FROM {Table}", ct) != expected)
        {
            return null;
        }

        Staged = expected;
        if (!await ChangedSinceAsync(checkedAt, ct))
        {
            return []; // an id taken meanwhile is caught by its unique index when writing
        }

        if (!RecheckedInSql)
        {
            return null;
        }

        await ResolveAsync(ct);
        return await ProblemsAsync(ct);
    }

    /// <summary>
    /// Whether every rule that a change since the check could break is checked in SQL (<see cref="ResolveAsync"/>, <see cref="ProblemsAsync"/>);
    /// when not, a change since the check has the commit read the file again.
    /// </summary>
    protected virtual bool RecheckedInSql => true;

    /// <summary>Records written by <see cref="WriteAsync"/>.</summary>
    public int Written { get; private set; }

    /// <summary>
    /// Writes the staged records (after a check without problems) and links them to the import. When the database refuses one meanwhile
    /// (an external id another user took since the check), nothing is written and the batch's problems say which rows.
    /// </summary>
    public async Task<IReadOnlyList<ImportProblem>> WriteAsync(CancellationToken ct)
    {
        if (Staged == 0)
        {
            return [];
        }

        await ExecuteAsync("SAVEPOINT import_batch", ct);
        try
        {
            Written = await WriteStagedAsync(ct);
            await ExecuteAsync("RELEASE SAVEPOINT import_batch", ct);
            await ExecuteAsync($"ANALYZE (SKIP_LOCKED) {Target} ({Keys})", ct);
            return [];
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            await ExecuteAsync("ROLLBACK TO SAVEPOINT import_batch", ct);
            var problems = await ProblemsAsync(ct);
            return problems.Count > 0 ? problems : [new ImportProblem(ImportId, 0, null, null, "IMPORT_ROW_REFUSED", $"The database refused the records: {e.MessageText}")];
        }
    }

    /// <summary>Drops the staging table (after the commit, or a check with problems: no commit will want it).</summary>
    public Task DropAsync(CancellationToken ct) => ExecuteAsync($"DROP TABLE IF EXISTS {Table}", ct);

    /// <summary>
    /// The table the records are written to. It is analysed after the write: the next import's statements and the triggers of the tables
    /// that refer to it (released land joins its activities) are planned on its real size rather than on the statistics of the almost empty
    /// table a first migration starts from, before autovacuum comes by. (The 70 s released-land trigger measured once was a merge join,
    /// mended by migration ReleasedLandTotalsByLookup; this is insurance, not that fix.)
    /// </summary>
    protected abstract string Target { get; }

    /// <summary>
    /// The <see cref="Target"/>'s columns analysed after the write: its key and the columns joined and filtered on. Any ANALYZE sets the
    /// table's size; the geometry's and the free texts' statistics, the costly part (a second on 100,000 hazards), are left to autovacuum.
    /// Skipped when autovacuum holds the table (it is analysing it anyway): waiting would cost the commit a second, until autovacuum gives way.
    /// </summary>
    protected abstract string Keys { get; }

    /// <summary>The staging table's name without its import (<c>hazards</c>).</summary>
    protected abstract string Prefix { get; }

    /// <summary>The staging table's column definitions.</summary>
    protected abstract string Columns { get; }

    /// <summary>The columns the COPY fills, in the order <see cref="StageAsync"/>'s writer writes them.</summary>
    protected abstract string CopyColumns { get; }

    /// <summary>Fills what the batch finds in the database (places, parents) into the staged rows.</summary>
    protected abstract Task ResolveAsync(CancellationToken ct);

    /// <summary>Whether what <see cref="ResolveAsync"/> found may have changed since the check.</summary>
    protected abstract Task<bool> ChangedSinceAsync(DateTimeOffset checkedAt, CancellationToken ct);

    protected abstract Task<IReadOnlyList<ImportProblem>> ProblemsAsync(CancellationToken ct);

    protected abstract Task<int> WriteStagedAsync(CancellationToken ct);

    /// <summary>Abandons a COPY left open (the import was cancelled or failed while reading).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_copy is not null)
        {
            await _copy.DisposeAsync();
            _copy = null;
        }

        GC.SuppressFinalize(this);
    }

    protected NpgsqlConnection Connection => (NpgsqlConnection)Db.Database.GetDbConnection();

    /// <summary>Streams one staging row (written by <paramref name="write"/>); the first creates the table and starts the COPY.</summary>
    protected async Task StageAsync(Action<NpgsqlBinaryImporter> write, CancellationToken ct)
    {
        if (_copy is null)
        {
            if (!_created)
            {
                await SessionForBatchAsync(ct);
                await DropAsync(ct);
                await ExecuteAsync($"CREATE UNLOGGED TABLE {Table} ({Columns})", ct);
                _created = true;
            }

            _copy = await Connection.BeginBinaryImportAsync($"COPY {Table} ({CopyColumns}) FROM STDIN (FORMAT BINARY)", ct);
            _copy.Timeout = TimeSpan.Zero; // no limit: see SessionForBatchAsync
        }

        await _copy.StartRowAsync(ct);
        write(_copy);
        Staged++;
    }

    /// <summary>
    /// The batch's statements run once over many rows with large cost estimates, which would make PostgreSQL compile them (JIT) for about a
    /// third of a second each — longer than placing 10,000 polygons. The session returns to the pool reset.
    /// </summary>
    /// <summary>
    /// No JIT (PostgreSQL spent a third of a second compiling each statement), room to sort the batch in memory (the insert-select in
    /// file order spilled to disk at the default 4 MB: a quarter of its time), and no statement timeout: the requests' limit
    /// (<c>Database:StatementTimeoutSeconds</c>) would stop the COPY of a file of more than about half a million rows, which lasts as long
    /// as reading them; the import is stopped by its own cancellation instead. The pool resets these when the connection goes back.
    /// </summary>
    private Task<int> SessionForBatchAsync(CancellationToken ct) => ExecuteAsync("SET jit = off; SET work_mem = '128MB'; SET statement_timeout = 0", ct);

    /// <summary>Runs a statement of the batch on the import's connection (inside its transaction when it holds one).</summary>
    protected async Task<int> ExecuteAsync(string sql, CancellationToken ct, params object?[] values)
    {
        await using var command = Command(sql, values);
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Links the staged records to the import and writes an audit row for each, naming the import and the row (the values are the row's,
    /// kept with the import's file and its SHA-256; the import itself is audited as one). The audit rows' ids are time-ordered (UUID
    /// version 7, as the domain's <c>AuditEntry</c> takes): the import's millisecond, then the row number as the counter of RFC 9562
    /// §6.2 — so the audit trail's primary key grows at its end instead of taking 100,000 random places (a third of the statement's cost).
    /// </summary>
    protected async Task RecordImportedAsync(DateTimeOffset now, string userName, string entityType, CancellationToken ct)
    {
        await ExecuteAsync($"INSERT INTO imported_records (import_id, entity_type, entity_id, row, created) SELECT $1, $2, s.id, s.row_number, true FROM {Table} s",
            ct, ImportId, entityType);
        await ExecuteAsync($"""
            INSERT INTO audit_entries (id, entity_type, entity_id, action, user_name, occurred_at, changes, reason)
            SELECT {AuditId("s.row_number")}, $1, s.id, 'Created', $2, $3, jsonb_build_object('import', jsonb_build_object('old', NULL, 'new', $4), 'row',
                       jsonb_build_object('old', NULL, 'new', s.row_number)),
                   'Imported (the values are those of the row of the import''s file)'
            FROM {Table} s
            """, ct, entityType, userName, now, ImportId, now.ToUnixTimeMilliseconds());
    }

    /// <summary>
    /// A UUID version 7 in SQL (PostgreSQL 15 has no <c>uuidv7()</c>): 48 bits of the import's Unix milliseconds (<c>$5</c>), the version,
    /// the <paramref name="counter"/>'s 42 bits across <c>rand_a</c> and the top of <c>rand_b</c> (after the variant), 32 random bits.
    /// </summary>
    private static string AuditId(string counter) => $"""
        (lpad(to_hex($5::bigint), 12, '0') || '7' || lpad(to_hex(({counter}::bigint >> 30) & 4095), 3, '0')
         || to_hex(8 | (({counter}::bigint >> 28) & 3)) || lpad(to_hex({counter}::bigint & 268435455), 7, '0')
         || lpad(to_hex((random() * 4294967295)::bigint), 8, '0'))::uuid
        """;

    /// <summary>The staged rows whose organisation (the staging table's <paramref name="column"/>) is archived: it takes no new records.</summary>
    protected async Task<List<ImportProblem>> ArchivedOrganisationsAsync(string column, CancellationToken ct)
    {
        var problems = new List<ImportProblem>();
        await using var command = Command($"""
            SELECT s.row_number, o.acronym FROM {Table} s JOIN organisations o ON o.id = s.{column} WHERE o.archived_at IS NOT NULL ORDER BY s.row_number
            """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var acronym = reader.GetString(1);
            problems.Add(new ImportProblem(ImportId, reader.GetInt32(0), "organisation", acronym, "VALIDATION",
                $"Organisation {acronym} is archived and takes no new records."));
        }

        return problems;
    }

    /// <summary>
    /// Reads the rows of a query of the staging table — row, external id, the record holding it — as problems of ids another record of the
    /// type (<paramref name="what"/>) took meanwhile.
    /// </summary>
    protected async Task<List<ImportProblem>> TakenAsync(string sql, string what, CancellationToken ct)
    {
        var problems = new List<ImportProblem>();
        await using var command = Command(sql);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var external = reader.GetString(1);
            problems.Add(new ImportProblem(ImportId, reader.GetInt32(0), "external_id", external, ExternalIds.TakenRule,
                ExternalIds.Taken(what, reader.GetString(2), external)));
        }

        return problems;
    }

    /// <summary>A cell's text as a problem may quote it (a polygon's WKT cut at the length a problem keeps).</summary>
    protected static string? Quoted(string? cell) =>
        cell is { Length: > ImportProblem.MaxValueLength } text ? text[..(ImportProblem.MaxValueLength + 1)] : cell;

    /// <summary>Writes a new record's review — approval status, when, by whom, comment — in that order.</summary>
    protected static void WriteReview(NpgsqlBinaryImporter copy, ApprovableEntity record)
    {
        copy.Write(record.ApprovalStatus.ToString(), NpgsqlDbType.Text);
        WriteNullable(copy, record.ReviewedAt, NpgsqlDbType.TimestampTz);
        WriteNullable(copy, record.ReviewedBy, NpgsqlDbType.Text);
        WriteNullable(copy, record.ReviewComment, NpgsqlDbType.Text);
    }

    protected static void WriteNullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, type);
        }
    }

    protected async Task<T> ScalarAsync<T>(string sql, CancellationToken ct, params object?[] values)
    {
        await using var command = Command(sql, values);
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }

    protected NpgsqlCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlCommand(sql, Connection) { CommandTimeout = 0 }; // no limit: see SessionForBatchAsync
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }
}
