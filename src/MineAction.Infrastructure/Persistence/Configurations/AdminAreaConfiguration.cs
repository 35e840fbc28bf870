using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MineAction.Infrastructure.Persistence.Configurations;

internal sealed class AdminAreaConfiguration : IEntityTypeConfiguration<AdminArea>
{
    public void Configure(EntityTypeBuilder<AdminArea> builder)
    {
        builder.ToTable("admin_areas");
        builder.ConfigureEntity();
        builder.Property(a => a.Code).HasMaxLength(AdminArea.MaxCodeLength).IsRequired();
        builder.Property(a => a.Name).HasMaxLength(AdminArea.MaxNameLength).IsRequired();
        builder.Property(a => a.CountryCode).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.Property(a => a.Boundary).HasColumnType("geometry(MultiPolygon,4326)").IsRequired();
        builder.HasIndex(a => a.Code).IsUnique();
        builder.HasIndex(a => a.Boundary).HasMethod("gist");
        builder.HasOne<AdminArea>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
