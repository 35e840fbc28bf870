using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MineAction.Domain.Stockpiles;

namespace MineAction.Infrastructure.Persistence.Configurations;

internal sealed class MunitionLotConfiguration : IEntityTypeConfiguration<MunitionLot>
{
    public void Configure(EntityTypeBuilder<MunitionLot> builder)
    {
        builder.ToTable("munition_lots", t => t.HasCheckConstraint("ck_munition_lots_submunitions", "submunitions_per_munition IS NULL OR submunitions_per_munition > 0"));
        builder.ConfigureEntity();
        builder.Property(l => l.MunitionType).HasMaxLength(MunitionLot.MaxTypeLength).IsRequired();
        builder.Property(l => l.LotNumber).HasMaxLength(MunitionLot.MaxLotNumberLength).IsRequired();
        builder.Property(l => l.Location).HasMaxLength(MunitionLot.MaxLocationLength).IsRequired();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(l => l.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.MunitionType, l.LotNumber }).IsUnique();
        builder.HasIndex(l => l.OwnerOrganisationId);
    }
}

internal sealed class LotMovementConfiguration : IEntityTypeConfiguration<LotMovement>
{
    public void Configure(EntityTypeBuilder<LotMovement> builder)
    {
        builder.ToTable("lot_movements", t => t.HasCheckConstraint("ck_lot_movements_quantity", "quantity > 0"));
        builder.ConfigureEntity();
        builder.ConfigureApproval();
        builder.Property(m => m.VerifiedBy).HasMaxLength(LotMovement.MaxTextLength);
        builder.Property(m => m.Counterpart).HasMaxLength(LotMovement.MaxTextLength);
        builder.Property(m => m.Note).HasMaxLength(LotMovement.MaxTextLength);
        builder.Ignore(m => m.Adds);
        builder.Ignore(m => m.Change);
        builder.Ignore(m => m.Counts);
        builder.HasOne<MunitionLot>().WithMany().HasForeignKey(m => m.LotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.LotId, m.OccurredOn });
    }
}
