using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MineAction.Infrastructure.Persistence.Configurations;

internal sealed class QualityVisitConfiguration : IEntityTypeConfiguration<QualityVisit>
{
    public void Configure(EntityTypeBuilder<QualityVisit> builder)
    {
        builder.ToTable("quality_visits");
        builder.ConfigureEntity();
        builder.Property(v => v.Findings).HasMaxLength(QualityVisit.MaxTextLength).IsRequired();
        builder.HasOne<LandReleaseActivity>().WithMany().HasForeignKey(v => v.ActivityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(v => v.InspectedOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(v => v.InspectingOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => v.ActivityId);
    }
}

internal sealed class NonConformityConfiguration : IEntityTypeConfiguration<NonConformity>
{
    public void Configure(EntityTypeBuilder<NonConformity> builder)
    {
        builder.ToTable("non_conformities");
        builder.ConfigureEntity();
        builder.Property(n => n.Description).HasMaxLength(QualityVisit.MaxTextLength).IsRequired();
        builder.Property(n => n.CorrectiveAction).HasMaxLength(QualityVisit.MaxTextLength).IsRequired();
        builder.Property(n => n.ClosureEvidence).HasMaxLength(QualityVisit.MaxTextLength);
        builder.Ignore(n => n.IsOpen);
        builder.HasOne<QualityVisit>().WithMany().HasForeignKey(n => n.VisitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LandReleaseActivity>().WithMany().HasForeignKey(n => n.ActivityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.OrganisationId, n.ClosedOn });
        builder.HasIndex(n => new { n.ActivityId, n.Severity });
    }
}
