namespace MineAction.Application.DataImport;

/// <summary>
/// What a running import tells the others while its own transaction is still open: how far it got (seen at once by GET /imports/{id}),
/// and whether someone cancelled it. Written on a connection of its own, outside the import's transaction.
/// </summary>
public interface IImportProgress
{
    Task StartedAsync(Guid importId, int rowsTotal, CancellationToken ct);

    Task ReportAsync(Guid importId, int rowsChecked, int problems, CancellationToken ct);

    Task<bool> IsCancelledAsync(Guid importId, CancellationToken ct);

    /// <summary>Takes the oldest queued import for checking (one worker per import, however many app nodes run); null when none waits.</summary>
    Task<Guid?> ClaimNextAsync(TimeSpan abandonedAfter, CancellationToken ct);

    /// <summary>
    /// Drops the staging tables no commit will use (their import was committed, refused, cancelled, failed or removed); returns how many.
    /// </summary>
    Task<int> DropStaleStagingAsync(CancellationToken ct);
}
