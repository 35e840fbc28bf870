using Npgsql;

namespace MineAction.Application.DataImport;

/// <summary>One commit of an import at a time: the job's row is locked for the commit's transaction; a second commit is refused at once (409).</summary>
internal static class ImportLocks
{
    public static async Task HoldAsync(IMineActionDb db, Guid importId, CancellationToken ct)
    {
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM import_jobs WHERE id = {importId} FOR UPDATE NOWAIT", ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            throw new ConflictException("IMPORT_BUSY", "This import is being committed by another request; wait for it to finish.", [importId.ToString()]);
        }

        if (await db.ImportJobs.Where(j => j.Id == importId).Select(j => j.State).SingleAsync(ct) != Domain.DataImport.ImportState.Valid)
        {
            throw new ConflictException("IMPORT_NOT_VALID", "The import is no longer waiting to be committed (it was committed or cancelled meanwhile).",
                [importId.ToString()]);
        }
    }
}
