using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using MineAction.Domain.Geography;
using MineAction.Domain.Hazards;
using MineAction.Domain.Organisations;

namespace MineAction.Application.Abstractions;

/// <summary>The database as the use cases see it: EF Core sets, no repository layer on top.</summary>
public interface IMineActionDb
{
    DbSet<Organisation> Organisations { get; }
    DbSet<HazardousArea> HazardousAreas { get; }
    DbSet<AdminArea> AdminAreas { get; }

    EntityEntry<TEntity> Entry<TEntity>(TEntity entity)
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
