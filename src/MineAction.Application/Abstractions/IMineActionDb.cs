using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using MineAction.Domain.Auditing;
using MineAction.Domain.Geography;
using MineAction.Domain.Hazards;
using MineAction.Domain.Organisations;
using MineAction.Domain.Security;

namespace MineAction.Application.Abstractions;

/// <summary>The database as the use cases see it: EF Core sets, no repository layer on top.</summary>
public interface IMineActionDb
{
    DbSet<Organisation> Organisations { get; }
    DbSet<HazardousArea> HazardousAreas { get; }
    DbSet<AdminArea> AdminAreas { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<ApiToken> ApiTokens { get; }

    EntityEntry<TEntity> Entry<TEntity>(TEntity entity)
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
