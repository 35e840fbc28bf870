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
        var file = await db.ImportFiles.Where(f => f.ImportId == importId).Select(f => new { f.Content, f.Encrypted }).SingleAsync(ct);
        var content = file.Encrypted ? protector.Unprotect(file.Content) : file.Content;
        var importer = ImporterFor(job.RecordType);
        importer.EnsureAllowed(user);
        var table = FieldSubmissions.Adapt(ImportFiles.Read(content, job.Format, job.Sheet), importer.ParentColumn);
        var problems = ImportHeader.Problems(table.Columns, importer, job.Format, importId);
        if (problems.Count > 0)
        {
            return new Result(new ImportOutcome(0, problems.Count, 0, 0, 0), problems);
        }

        if (!commit)
        {
            // GeoJSON and shapefiles are read whole and know their size; a streamed CSV or sheet is counted in a first pass.
            var total = table.Rows.TryGetNonEnumeratedCount(out var known) ? known : ImportFiles.Read(content, job.Format, job.Sheet).Rows.Count();
            await progress.StartedAsync(importId, total, ct);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (commit)
        {
            await ImportLocks.HoldAsync(db, importId, ct);
        }

        var (rows, created, updated, unchanged) = (0, 0, 0, 0);
        var records = new List<ImportedRecord>();
        var keys = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            rows++;
            var cells = new RowCells(row, importer.Columns, importId);
            if (importer.KeyOf(cells) is { } key && !keys.TryAdd(key.Value, row.Number))
            {
                cells.Problem(key.Column, "IMPORT_DUPLICATE_IN_FILE", $"Row {keys[key.Value]} already holds {key.Value}: one row per record.");
            }
            else if (await ImportRowAsync(importer, cells, transaction, ct) is { } done)
            {
                records.Add(new ImportedRecord(importId, importer.EntityType, done.Id, row.Number, done.Change == RowChange.Created));
                (created, updated, unchanged) = done.Change switch
                {
                    RowChange.Created => (created + 1, updated, unchanged),
                    RowChange.Updated => (created, updated + 1, unchanged),
                    _ => (created, updated, unchanged + 1),
                };
            }

            problems.AddRange(cells.Problems);
            if (rows % BatchSize == 0)
            {
                db.ChangeTracker.Clear();
                if (!commit)
                {
                    await progress.ReportAsync(importId, rows, problems.Count, ct);
                    if (await progress.IsCancelledAsync(importId, ct))
                    {
                        throw new OperationCanceledException("The import was cancelled.");
                    }
                }
            }
        }

        var outcome = new ImportOutcome(rows, problems.Count, created, updated, unchanged);
        if (commit && problems.Count == 0)
        {
            db.ChangeTracker.Clear();
            db.ImportedRecords.AddRange(records);
            var tracked = await db.ImportJobs.SingleAsync(j => j.Id == importId, ct);
            tracked.Commit(outcome, user.Name, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        else
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
        }

        return new Result(outcome, problems);
    }

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
    private static bool Describe(Exception e, RowCells cells)
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
