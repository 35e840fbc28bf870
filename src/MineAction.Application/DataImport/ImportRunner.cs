using MineAction.Domain.DataImport;

namespace MineAction.Application.DataImport;

/// <summary>
/// Reads every row of an import file through its record type's importer inside one database transaction: each row runs the same command
/// the API runs (so it passes the same rules), in a savepoint, so a refused row is rolled back alone and reported while the others go on.
/// Checking rolls the whole transaction back; committing keeps it — only when no row had a problem. Memory stays flat: the change tracker
/// is emptied every <see cref="BatchSize"/> rows.
/// </summary>
public sealed class ImportRunner(IMineActionDb db, IMediator mediator, IEnumerable<RecordImporter> importers, ICurrentUser user,
    IImportProgress progress, TimeProvider clock, IPersonalDataProtector protector)
{
    public const int BatchSize = 100;

    public sealed record Result(ImportOutcome Outcome, IReadOnlyList<ImportProblem> Problems);

    public RecordImporter ImporterFor(ImportRecordType type) => importers.Single(i => i.Type == type);

    public async Task<Result> RunAsync(Guid importId, bool commit, CancellationToken ct)
    {
        var job = await db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == importId, ct);
        var importer = ImporterFor(job.RecordType);
        importer.EnsureAllowed(user);
        await using var batch = await importer.OpenBatchAsync(importId, ct);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (commit && batch is not null && job is { Updated: 0, Unchanged: 0, CheckedAt: { } checkedAt })
            {
                // The check staged every row and none updates a record: write what it staged, once checked again.
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await ImportLocks.HoldAsync(db, importId, ct);
                if (await batch.ResumeAsync(job.Created, checkedAt, ct) is { } rechecked)
                {
                    var problems = rechecked.Count == 0 ? await batch.WriteAsync(ct) : rechecked;
                    var outcome = new ImportOutcome(job.RowsTotal, problems.Count, batch.Written, 0, 0);
                    return await FinishAsync(importId, transaction, batch, new Result(outcome, problems), [], commit, ct);
                }

                await transaction.RollbackAsync(ct);
            }

            return await ReadFileAsync(job, importer, batch, commit, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Reads every row of the file: one by one in savepoints, or through the record type's batch (the rows updating existing records
    /// one by one after it). A check's batch stages outside any transaction, so that its staging table is there for the commit.
    /// </summary>
    private async Task<Result> ReadFileAsync(ImportJob job, RecordImporter importer, ImportBatch? batch, bool commit, CancellationToken ct)
    {
        var importId = job.Id;
        await using var file = await ImportFileSpool.ReadAsync(
            db.ImportFileChunks.AsNoTracking().Where(c => c.ImportId == importId).OrderBy(c => c.Sequence).AsAsyncEnumerable(), protector, ct);
        ImportTable Table() => FieldSubmissions.Adapt(ImportFiles.Read(file.OpenRead, job.Format, job.Sheet), importer.ParentColumn);
        var table = Table();
        var problems = ImportHeader.Problems(table.Columns, importer, job.Format, importId);
        if (problems.Count > 0)
        {
            return new Result(new ImportOutcome(0, problems.Count, 0, 0, 0), problems);
        }

        if (!commit)
        {
            // GeoJSON and shapefiles are read whole and know their size; a streamed CSV or sheet is counted in a first pass.
            var total = table.Rows.TryGetNonEnumeratedCount(out var known) ? known : Table().Rows.Count();
            await progress.StartedAsync(importId, total, ct);
        }

        var transaction = batch is null || commit ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            if (commit)
            {
                await ImportLocks.HoldAsync(db, importId, ct);
            }

            var (rows, created, updated, unchanged) = (0, 0, 0, 0);
            var records = new List<ImportedRecord>();
            var keys = new Dictionary<UInt128, int>(); // rows by their key's hash: 24 bytes a row, whatever the key's length
            var updates = new HashSet<int>();
            async Task RowAsync(RowCells cells)
            {
                if (await ImportRowAsync(importer, cells, transaction!, ct) is { } done)
                {
                    records.Add(new ImportedRecord(importId, importer.EntityType, done.Id, cells.Row.Number, done.Change == RowChange.Created));
                    (created, updated, unchanged) = done.Change switch
                    {
                        RowChange.Created => (created + 1, updated, unchanged),
                        RowChange.Updated => (created, updated + 1, unchanged),
                        _ => (created, updated, unchanged + 1),
                    };
                }
            }

            var pending = new List<RowCells>(BatchRows);
            async Task TakePendingAsync()
            {
                var updating = await batch!.TakeAsync(pending, ct);
                for (var i = 0; i < pending.Count; i++)
                {
                    if (updating[i])
                    {
                        updates.Add(pending[i].Row.Number); // read again after the batch, and its problems reported then
                    }
                    else
                    {
                        problems.AddRange(pending[i].Problems);
                    }
                }

                pending.Clear();
            }

            foreach (var row in table.Rows)
            {
                rows++;
                var cells = new RowCells(row, importer.Columns, importId);
                if (importer.KeyOf(cells) is { } key && !keys.TryAdd(KeyHash(key.Value), row.Number))
                {
                    cells.Problem(key.Column, "IMPORT_DUPLICATE_IN_FILE", $"Row {keys[KeyHash(key.Value)]} already holds {key.Value}: one row per record.");
                    problems.AddRange(cells.Problems);
                }
                else if (batch is null)
                {
                    await RowAsync(cells);
                    problems.AddRange(cells.Problems);
                }
                else
                {
                    pending.Add(cells);
                }

                if (pending.Count == BatchRows)
                {
                    await TakePendingAsync();
                }

                if (rows % (batch is null ? BatchSize : BatchProgressEvery) == 0)
                {
                    db.ChangeTracker.Clear();
                    await ReportAsync(importId, commit, rows, problems.Count, ct);
                }
            }

            if (pending.Count > 0)
            {
                await TakePendingAsync();
            }

            if (batch is not null)
            {
                // The new records' rules over the whole batch; then the rows updating existing records, one by one as the API would.
                var refused = await batch.CheckAsync(ct);
                problems.AddRange(refused);
                transaction ??= await db.Database.BeginTransactionAsync(ct);
                foreach (var row in updates.Count == 0 ? [] : Table().Rows.Where(r => updates.Contains(r.Number)))
                {
                    var cells = new RowCells(row, importer.Columns, importId);
                    await RowAsync(cells);
                    problems.AddRange(cells.Problems);
                }

                if (commit && problems.Count == 0)
                {
                    problems.AddRange(await batch.WriteAsync(ct));
                }

                created += commit ? batch.Written : batch.Staged - refused.Select(p => p.Row).Distinct().Count();
                problems.Sort((a, b) => a.Row.CompareTo(b.Row));
            }

            var result = new Result(new ImportOutcome(rows, problems.Count, created, updated, unchanged), problems);
            return await FinishAsync(importId, transaction!, batch, result, records, commit, ct, keepStaged: updates.Count == 0);
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    /// <summary>Rows between two progress reports of a batch (its rows are cheap; a report is a round trip).</summary>
    private const int BatchProgressEvery = 5_000;

    /// <summary>Rows a batch reads at once (in parallel, then staged).</summary>
    private const int BatchRows = 1_000;

    private async Task ReportAsync(Guid importId, bool commit, int rows, int problems, CancellationToken ct)
    {
        if (commit)
        {
            return;
        }

        await progress.ReportAsync(importId, rows, problems, ct);
        if (await progress.IsCancelledAsync(importId, ct))
        {
            throw new OperationCanceledException("The import was cancelled.");
        }
    }

    /// <summary>
    /// Commits the import (when asked and nothing is wrong: its links, its state, its staging table gone) or rolls everything back; a
    /// check keeps its staging table for the commit when it can serve it (no problems, no row left to the row-by-row path).
    /// </summary>
    private async Task<Result> FinishAsync(Guid importId, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, ImportBatch? batch,
        Result result, List<ImportedRecord> records, bool commit, CancellationToken ct, bool keepStaged = true)
    {
        if (commit && result.Problems.Count == 0)
        {
            db.ChangeTracker.Clear();
            db.ImportedRecords.AddRange(records);
            var tracked = await db.ImportJobs.SingleAsync(j => j.Id == importId, ct);
            tracked.Commit(result.Outcome, user.Name, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            if (batch is not null)
            {
                await batch.DropAsync(ct);
            }

            await transaction.CommitAsync(ct);
            return result;
        }

        await transaction.RollbackAsync(ct);
        db.ChangeTracker.Clear();
        if (batch is not null && (commit || result.Problems.Count > 0 || !keepStaged))
        {
            await batch.DropAsync(ct);
        }

        return result;
    }

    /// <summary>A row key's 128-bit hash, case-insensitive (two different keys sharing one is a chance of 2⁻¹²⁸ per pair).</summary>
    private static UInt128 KeyHash(string key) =>
        System.IO.Hashing.XxHash128.HashToUInt128(System.Runtime.InteropServices.MemoryMarshal.AsBytes(key.ToUpperInvariant().AsSpan()));

    /// <summary>One row in a savepoint: what it did, or null with its problems on <paramref name="cells"/> (and the savepoint rolled back).</summary>
    private async Task<(Guid Id, RowChange Change)?> ImportRowAsync(RecordImporter importer, RowCells cells,
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, CancellationToken ct)
    {
        await transaction.CreateSavepointAsync("import_row", ct);
        try
        {
            var done = await importer.ImportAsync(cells, mediator, ct);
            await transaction.ReleaseSavepointAsync("import_row", ct);
            return done;
        }
        catch (Exception e) when (Describe(e, cells))
        {
            await transaction.RollbackToSavepointAsync("import_row", ct);
            db.ChangeTracker.Clear();
            return null;
        }
    }

    /// <summary>Turns the use case's refusal of a row into problems of its cells; false for anything that is not the row's fault.</summary>
    internal static bool Describe(Exception e, RowCells cells)
    {
        switch (e)
        {
            case ValidationException validation:
                foreach (var failure in validation.Errors)
                {
                    cells.FieldProblem(failure.PropertyName, "VALIDATION", failure.ErrorMessage);
                }

                return true;
            case GeoJsonException geometry:
                cells.FieldProblem("geometry", "IMPORT_GEOMETRY_UNREADABLE", $"The geometry {geometry.Message}.");
                return true;
            case DomainRuleViolation rule:
                cells.FieldProblem(rule.Field ?? string.Empty, rule.Code, rule.Message);
                return true;
            case ConflictException conflict:
                cells.FieldProblem(conflict.Field ?? string.Empty, conflict.Code, conflict.Message);
                return true;
            case ForbiddenException forbidden:
                cells.FieldProblem(string.Empty, "FORBIDDEN", forbidden.Message);
                return true;
            case NotFoundException missing:
                cells.FieldProblem(string.Empty, "NOT_FOUND", missing.Message);
                return true;
            case DbUpdateException { InnerException: Npgsql.PostgresException database }:
                cells.FieldProblem(database.ColumnName ?? string.Empty, "IMPORT_ROW_REFUSED", $"The database refused the row: {database.MessageText}");
                return true;
            default:
                return false;
        }
    }
}
