using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MineAction.Application.Abstractions;
using MineAction.Domain.Common;

namespace MineAction.Infrastructure.Persistence;

/// <summary>Fills createdBy/At and updatedBy/At on every save, and refuses hard deletes.</summary>
public sealed class StampInterceptor(ICurrentUser user, TimeProvider clock) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var entry in context.ChangeTracker.Entries<Entity>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.StampCreated(user.Name, now);
                    break;
                case EntityState.Modified:
                    entry.Entity.StampUpdated(user.Name, now);
                    break;
                case EntityState.Deleted:
                    throw new InvalidOperationException(
                        $"{entry.Entity.GetType().Name} records are archived, never deleted.");
            }
        }
    }
}
