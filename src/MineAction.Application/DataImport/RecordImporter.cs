using MineAction.Domain.DataImport;

namespace MineAction.Application.DataImport;

/// <summary>What importing one row did to the programme.</summary>
public enum RowChange
{
    Created,
    Updated,
    Unchanged,
}

/// <summary>
/// One record type's import: its columns and how a row becomes the same command the API runs (so an imported record passes exactly the
/// rules an entered one does). A row that matches an existing record (by its natural or external id) updates it instead of adding one.
/// </summary>
public abstract class RecordImporter
{
    public abstract ImportRecordType Type { get; }

    /// <summary>The audit trail's name of the records it writes.</summary>
    public abstract string EntityType { get; }

    public abstract IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>The column a GeoJSON or shapefile feature's geometry stands for (none: features are read for their properties only).</summary>
    public virtual string? FeatureGeometryColumn => null;

    /// <summary>
    /// The column naming the record a row belongs to, when the record type is a repeat of a field form (a casualty of an accident): a
    /// submission export's link to the parent submission fills it.
    /// </summary>
    public virtual string? ParentColumn => null;

    /// <summary>
    /// What identifies the row's record (the column it is in and its value): two rows of one file with the same key are refused, since the
    /// second would silently update what the first wrote. Null when the row names no key.
    /// </summary>
    public abstract (string Column, string Value)? KeyOf(RowCells cells);

    /// <summary>Refuses (403) a user who may not bring in this record type at all; each row is then checked as the API checks it.</summary>
    public abstract void EnsureAllowed(ICurrentUser user);

    /// <summary>
    /// The set-based path for the new records of one import (staging table, rules as SQL over the batch, one insert-select), or null when
    /// every row takes the row-by-row path.
    /// </summary>
    public virtual Task<ImportBatch?> OpenBatchAsync(Guid importId, CancellationToken ct) => Task.FromResult<ImportBatch?>(null);

    /// <summary>
    /// The records of this type the user may read (archived ones and superseded released land aside), as rows of <see cref="Columns"/> valued
    /// as a file gives them, in the order of their key: imported into another programme they give the same records, exported again the
    /// same file. Records refer to others by external id (a hazard without one by its code).
    /// </summary>
    public abstract IAsyncEnumerable<IReadOnlyDictionary<string, string?>> ExportAsync(CancellationToken ct);

    /// <summary>Runs the row's command; null when its cells could not be read (their problems are on <paramref name="cells"/>).</summary>
    public abstract Task<(Guid Id, RowChange Change)?> ImportAsync(RowCells cells, IMediator mediator, CancellationToken ct);
}
