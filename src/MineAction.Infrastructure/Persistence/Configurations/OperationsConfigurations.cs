using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MineAction.Infrastructure.Persistence.Configurations;

internal sealed class AccreditationConfiguration : IEntityTypeConfiguration<Accreditation>
{
    public void Configure(EntityTypeBuilder<Accreditation> builder)
    {
        builder.ToTable("accreditations", t => t.HasCheckConstraint("ck_accreditations_dates", "expires_on > issued_on"));
        builder.ConfigureEntity();
        builder.Property(a => a.Number).HasMaxLength(Accreditation.MaxNumberLength).IsRequired();
        builder.Property(a => a.StatusReason).HasMaxLength(Accreditation.MaxReasonLength);
        builder.HasIndex(a => a.Number).IsUnique();
        builder.HasIndex(a => new { a.OrganisationId, a.Activity, a.Status });
        builder.HasIndex(a => a.ExpiresOn);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ClearanceTaskConfiguration : IEntityTypeConfiguration<ClearanceTask>
{
    public void Configure(EntityTypeBuilder<ClearanceTask> builder)
    {
        builder.ToTable("clearance_tasks", t => t.HasCheckConstraint("ck_tasks_hazards", "cardinality(hazardous_area_ids) > 0"));
        builder.ConfigureEntity();
        builder.Property(t => t.CancelReason).HasMaxLength(ClearanceTask.MaxReasonLength);
        builder.Ignore(t => t.RequiredAccreditation);
        builder.HasIndex(t => new { t.Status, t.OrganisationId });
        builder.HasIndex(t => t.HazardousAreaIds).HasMethod("gin");
        builder.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
