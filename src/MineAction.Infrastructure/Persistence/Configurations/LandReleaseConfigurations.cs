using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MineAction.Infrastructure.Persistence.Configurations;

internal sealed class LandReleaseActivityConfiguration : IEntityTypeConfiguration<LandReleaseActivity>
{
    public void Configure(EntityTypeBuilder<LandReleaseActivity> builder)
    {
        builder.ToTable("land_release_activities", t =>
            t.HasCheckConstraint("ck_activities_depth", "specified_depth_cm BETWEEN 0 AND 500"));
        builder.ConfigureEntity();
        builder.ConfigureApproval();
        builder.PrimitiveCollection(a => a.Methods).ElementType().HasConversion<string>();
        builder.HasOne<HazardousArea>().WithMany().HasForeignKey(a => a.HazardousAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.HazardousAreaId, a.Status });
        builder.HasIndex(a => new { a.ApprovalStatus, a.OrganisationId });
        builder.HasIndex(a => a.TaskId);
        builder.HasExternalId(a => a.ExternalImsmaId, a => new { a.OrganisationId, a.ExternalImsmaId }, a => a.OrganisationId);

        // "Of an approved activity", which every national figure asks of each released area, answered from a narrow index.
        builder.HasIndex(a => a.Id, "ix_land_release_activities_approved").HasDatabaseName("ix_land_release_activities_approved")
            .HasFilter("approval_status = 'Approved' AND archived_at IS NULL");
        builder.HasOne<Domain.Operations.ClearanceTask>().WithMany().HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LandReleaseProductConfiguration : IEntityTypeConfiguration<LandReleaseProduct>
{
    public void Configure(EntityTypeBuilder<LandReleaseProduct> builder)
    {
        builder.ToTable("land_release_products", t =>
        {
            t.HasCheckConstraint("ck_products_geometry_valid", "ST_IsValid(geometry) AND ST_SRID(geometry) = 4326");
            t.HasCheckConstraint("ck_products_cleared_depth", "(outcome = 'Cleared') = (cleared_depth_cm IS NOT NULL)");
        });
        builder.ConfigureEntity();
        builder.ConfigureApproval();
        builder.Property(p => p.Geometry).HasColumnType("geometry(MultiPolygon,4326)").IsRequired();
        builder.Property(p => p.AreaM2).HasComputedColumnSql("ST_Area(geometry::geography)", stored: true);
        builder.HasOne<LandReleaseActivity>().WithMany().HasForeignKey(p => p.ActivityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<HazardousArea>().WithMany().HasForeignKey(p => p.HazardousAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.Geometry).HasMethod("gist");
        builder.HasIndex(p => new { p.HazardousAreaId, p.ReleaseDate });
        builder.HasIndex(p => p.ActivityId);
        // The review inbox: released land awaiting review (a handful among millions).
        builder.HasIndex(p => p.ActivityId, "ix_land_release_products_submitted").HasDatabaseName("ix_land_release_products_submitted")
            .HasFilter("approval_status = 'Submitted' AND archived_at IS NULL");

        // Contamination as of a past day reads only the land released or superseded after it; a period's figures, the land of the period.
        // (approved land, with what the figures read of it: an index-only scan, not the heap of polygons).
        builder.HasIndex(p => p.ReleaseDate, "ix_land_release_products_release_date").HasDatabaseName("ix_land_release_products_release_date")
            .IncludeProperties(p => new { p.HazardousAreaId, p.ActivityId, p.AreaM2, p.Outcome, p.SupersededOn })
            .HasFilter("approval_status = 'Approved' AND archived_at IS NULL");
        builder.HasIndex(p => p.SupersededOn, "ix_land_release_products_superseded_on").HasDatabaseName("ix_land_release_products_superseded_on")
            .IncludeProperties(p => new { p.HazardousAreaId, p.ActivityId, p.AreaM2, p.ReleaseDate })
            .HasFilter("superseded_on IS NOT NULL AND approval_status = 'Approved' AND archived_at IS NULL");
        builder.HasExternalId(p => p.ExternalImsmaId, p => new { p.OrganisationId, p.ExternalImsmaId }, p => p.OrganisationId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DeviceFoundConfiguration : IEntityTypeConfiguration<DeviceFound>
{
    public void Configure(EntityTypeBuilder<DeviceFound> builder)
    {
        builder.ToTable("devices_found", t => t.HasCheckConstraint("ck_devices_quantity", "quantity BETWEEN 1 AND 100000"));
        builder.ConfigureEntity();
        builder.ConfigureApproval();
        builder.Property(d => d.Model).HasMaxLength(DeviceFound.MaxModelLength);
        builder.Property(d => d.Location).HasColumnType("geometry(Point,4326)");
        builder.HasOne<LandReleaseActivity>().WithMany().HasForeignKey(d => d.ActivityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<HazardousArea>().WithMany().HasForeignKey(d => d.HazardousAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LandReleaseProduct>().WithMany().HasForeignKey(d => d.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.ActivityId);
        builder.HasIndex(d => d.ActivityId, "ix_devices_found_submitted").HasDatabaseName("ix_devices_found_submitted")
            .HasFilter("approval_status = 'Submitted' AND archived_at IS NULL");
        builder.HasExternalId(d => d.ExternalImsmaId, d => new { d.OrganisationId, d.ExternalImsmaId }, d => d.OrganisationId);
        builder.HasIndex(d => new { d.HazardousAreaId, d.Category });
        builder.HasIndex(d => d.Location, "ix_devices_found_map").HasDatabaseName("ix_devices_found_map").HasMethod("gist")
            .HasFilter("approval_status = 'Approved' AND archived_at IS NULL AND location IS NOT NULL"); // the national map's layer
        builder.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
