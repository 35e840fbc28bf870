namespace MineAction.Application.Common;

public static class RecordUpdates
{
    /// <summary>
    /// Loads a record to change it, checking the client's row version (If-Match) so a concurrent
    /// edit is detected (412) instead of silently overwritten.
    /// </summary>
    public static async Task<T> FindForUpdateAsync<T>(
        this IMineActionDb db, DbSet<T> set, Guid id, uint? expectedVersion, CancellationToken ct)
        where T : Entity
    {
        var entity = await set.IncludingArchived().SingleOrDefaultAsync(e => e.Id == id, ct)
            ?? throw new NotFoundException(typeof(T).Name, id);
        if (expectedVersion is { } expected)
        {
            if (entity.RowVersion != expected)
            {
                throw new PreconditionFailedException(
                    $"{typeof(T).Name} {id} was changed by someone else since you read it; reload and apply your change again.");
            }

            // Checked again by the database on save, so a change between this read and the update is caught too.
            db.Entry(entity).Property(e => e.RowVersion).OriginalValue = expected;
        }

        return entity;
    }

    /// <summary>Loads a record (checking the client's row version), applies one domain change and saves it.</summary>
    public static async Task ChangeAsync<T>(
        this IMineActionDb db, DbSet<T> set, Guid id, uint? expectedVersion, Action<T> change, CancellationToken ct,
        Func<Task>? alongside = null)
        where T : Entity
    {
        var entity = await db.FindForUpdateAsync(set, id, expectedVersion, ct);
        change(entity);
        if (alongside is not null)
        {
            await alongside(); // further changes saved in the same transaction
        }

        await db.SaveChangesAsync(ct);
    }
}
