using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MineAction.Infrastructure.Persistence.Configurations;

/// <summary>Columns every entity shares: key, stamps, archive, xmin row version.</summary>
internal static class EntityConfiguration
{
    public static void ConfigureEntity<T>(this EntityTypeBuilder<T> builder)
        where T : Entity
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(e => e.UpdatedBy).HasMaxLength(256).IsRequired();
        builder.Property(e => e.ArchivedBy).HasMaxLength(256);
        builder.Property(e => e.ArchiveReason).HasMaxLength(Entity.MaxArchiveReasonLength);
        builder.Property(e => e.RowVersion).IsRowVersion();
        builder.Ignore(e => e.IsArchived);
    }

    /// <summary>Columns of the submission/approval workflow.</summary>
    public static void ConfigureApproval<T>(this EntityTypeBuilder<T> builder)
        where T : ApprovableEntity
    {
        builder.Property(e => e.ReviewedBy).HasMaxLength(256);
        builder.Property(e => e.ReviewComment).HasMaxLength(ApprovableEntity.MaxReviewCommentLength);
    }

    /// <summary>
    /// The external (IMSMA) id: unique per organisation (<paramref name="ownerAndId"/>: the organisation column and the id), so imports find the record
    /// again by it. See migration ExternalIdsUnique for how earlier duplicates were told apart.
    /// </summary>
    public static void HasExternalId<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, string?>> externalId,
        Expression<Func<T, object?>> ownerAndId, Expression<Func<T, object?>>? owner = null)
        where T : Entity
    {
        builder.Property(externalId).HasMaxLength(ExternalId.MaxLength);
        builder.HasIndex(ownerAndId).IsUnique().HasFilter("external_imsma_id IS NOT NULL");
        if (owner is not null)
        {
            // The unique index is partial: the organisation's foreign key keeps an index of its own.
            builder.HasIndex(owner);
        }
    }
}
