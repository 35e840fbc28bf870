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
}
