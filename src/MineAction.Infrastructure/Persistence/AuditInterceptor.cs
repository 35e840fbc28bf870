using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MineAction.Application.Abstractions;
using MineAction.Application.Common;
using NetTopologySuite.Geometries;

namespace MineAction.Infrastructure.Persistence;

/// <summary>
/// On every save: stamps created/updated by and at, refuses hard deletes, and writes one
/// <see cref="AuditEntry"/> per inserted or changed record (fields old → new) in the same transaction.
/// </summary>
public sealed class AuditInterceptor(ICurrentUser user, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<string> Unaudited =
    [
        nameof(Entity.Id), nameof(Entity.CreatedAt), nameof(Entity.CreatedBy), nameof(Entity.UpdatedAt),
        nameof(Entity.UpdatedBy), nameof(Entity.RowVersion), "AreaM2",
    ];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private void Record(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var audit = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries<Entity>().ToList())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.StampCreated(user.Name, now);
                    audit.Add(Entry(entry, "Created", now));
                    break;
                case EntityState.Modified:
                    entry.Entity.StampUpdated(user.Name, now);
                    audit.Add(Entry(entry, ActionOf(entry), now));
                    break;
                case EntityState.Deleted:
                    throw new InvalidOperationException($"{entry.Entity.GetType().Name} records are archived, never deleted.");
            }
        }

        context.Set<AuditEntry>().AddRange(audit);
    }

    private AuditEntry Entry(EntityEntry<Entity> entry, string action, DateTimeOffset now)
    {
        var changes = new JsonObject();
        var added = entry.State == EntityState.Added;
        var properties = entry.Properties
            .Select(p => (Name: p.Metadata.Name, Entry: p))
            .Concat(entry.ComplexProperties.SelectMany(c => c.Properties.Select(p => (Name: $"{c.Metadata.Name}.{p.Metadata.Name}", Entry: p))));
        foreach (var (name, property) in properties)
        {
            if (Unaudited.Contains(name) || (!added && (!property.IsModified || Equals(property.OriginalValue, property.CurrentValue))))
            {
                continue;
            }

            if (added && property.CurrentValue is null or System.Collections.ICollection { Count: 0 })
            {
                continue; // a new record lists the values it has, not every empty field
            }

            if (!added && property.OriginalValue is System.Collections.IEnumerable a && property.CurrentValue is System.Collections.IEnumerable b
                && a is not string && a.Cast<object>().SequenceEqual(b.Cast<object>()))
            {
                continue;
            }

            changes[Camel(name)] = new JsonObject
            {
                ["old"] = added ? null : ToJson(property.OriginalValue),
                ["new"] = ToJson(property.CurrentValue),
            };
        }

        var reason = action switch
        {
            "Archived" => entry.Entity.ArchiveReason,
            "Approved" or "Returned" => (entry.Entity as ApprovableEntity)?.ReviewComment,
            _ => null,
        };
        reason ??= changes["statusNote"]?["new"]?.GetValue<string>();
        return new AuditEntry(entry.Metadata.ClrType.Name, entry.Entity.Id, action, user.Name, now, changes.ToJsonString(), reason);
    }

    private static string ActionOf(EntityEntry<Entity> entry)
    {
        var archived = entry.Property(e => e.ArchivedAt);
        if (archived.IsModified && archived.OriginalValue is null && archived.CurrentValue is not null)
        {
            return "Archived";
        }

        if (entry.Entity is ApprovableEntity approvable)
        {
            var status = entry.Property(nameof(ApprovableEntity.ApprovalStatus));
            if (status.IsModified && !Equals(status.OriginalValue, status.CurrentValue)
                && approvable.ApprovalStatus is ApprovalStatus.Approved or ApprovalStatus.Returned)
            {
                return approvable.ApprovalStatus.ToString();
            }
        }

        return "Updated";
    }

    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        Geometry g => GeoJson.Write(g),
        // A file (the programme's logo): its size and fingerprint, not the bytes.
        byte[] b => $"{b.Length} bytes, SHA-256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(b))}",
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), Json),
    };

    private static string Camel(string name) =>
        string.Join('.', name.Split('.').Select(s => char.ToLowerInvariant(s[0]) + s[1..]));
}
