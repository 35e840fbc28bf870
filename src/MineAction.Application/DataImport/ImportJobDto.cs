using MineAction.Domain.DataImport;

namespace MineAction.Application.DataImport;

/// <summary>An import as its uploader follows it: state, progress (percentage of the file's rows checked), problems so far and what it did.</summary>
public sealed record ImportJobDto(
    Guid Id,
    ImportRecordType RecordType,
    ImportFormat Format,
    string FileName,
    string Sha256,
    long SizeBytes,
    ImportState State,
    int RowsTotal,
    int RowsChecked,
    int Percentage,
    int ProblemCount,
    int Created,
    int Updated,
    int Unchanged,
    string UploadedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CheckedAt,
    DateTimeOffset? CommittedAt,
    string? CommittedBy,
    string? Failure,
    uint RowVersion,
    string? Sheet)
{
    public static ImportJobDto From(ImportJob j) => new(
        j.Id, j.RecordType, j.Format, j.FileName, j.Sha256, j.SizeBytes, j.State, j.RowsTotal, j.RowsChecked,
        j.State is ImportState.Valid or ImportState.Invalid or ImportState.Committed ? 100
            : j.RowsTotal == 0 ? 0 : (int)Math.Min(99, 100L * j.RowsChecked / j.RowsTotal),
        j.ProblemCount, j.Created, j.Updated, j.Unchanged, j.UploadedBy, j.CreatedAt, j.CheckedAt, j.CommittedAt, j.CommittedBy, j.Failure,
        j.RowVersion, j.Sheet);
}

public sealed record ImportProblemDto(int Row, string? Column, string? Value, string Rule, string Message);

internal static class ImportAccess
{
    /// <summary>The imports a user sees: reviewers all, others their own.</summary>
    public static IQueryable<ImportJob> Visible(this IQueryable<ImportJob> jobs, ICurrentUser user) =>
        user.IsReviewer() || user.IsSystem ? jobs : jobs.Where(j => j.UploadedById == user.UserId);

    public static async Task<ImportJob> FindVisibleAsync(this IMineActionDb db, ICurrentUser user, Guid id, CancellationToken ct) =>
        await db.ImportJobs.Visible(user).SingleOrDefaultAsync(j => j.Id == id, ct) ?? throw new NotFoundException("Import", id);
}
