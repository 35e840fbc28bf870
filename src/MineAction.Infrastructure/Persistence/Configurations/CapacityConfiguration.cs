using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MineAction.Infrastructure.Persistence.Configurations;

internal sealed class CapacitySnapshotConfiguration : IEntityTypeConfiguration<CapacitySnapshot>
{
    public void Configure(EntityTypeBuilder<CapacitySnapshot> builder)
    {
        builder.ToTable("capacity_snapshots", t => t.HasCheckConstraint("ck_capacity_quarter", "quarter IS NULL OR quarter BETWEEN 1 AND 4"));
        builder.ConfigureEntity();
        builder.ComplexProperty(s => s.Teams, t =>
        {
            t.Property(x => x.Nts).HasColumnName("teams_nts");
            t.Property(x => x.Ts).HasColumnName("teams_ts");
            t.Property(x => x.Clearance).HasColumnName("teams_clearance");
            t.Property(x => x.Bac).HasColumnName("teams_bac");
            t.Property(x => x.Eod).HasColumnName("teams_eod");
            t.Property(x => x.Eore).HasColumnName("teams_eore");
            t.Property(x => x.Va).HasColumnName("teams_va");
        });
        Personnel(builder.ComplexProperty(s => s.Deminers), "deminers");
        Personnel(builder.ComplexProperty(s => s.Surveyors), "surveyors");
        Personnel(builder.ComplexProperty(s => s.EodOperators), "eod_operators");
        Personnel(builder.ComplexProperty(s => s.EoreFacilitators), "eore_facilitators");
        Personnel(builder.ComplexProperty(s => s.Medics), "medics");
        Personnel(builder.ComplexProperty(s => s.Managers), "managers");
        builder.Property(s => s.NationalBudgetUsd).HasColumnType("numeric(18,2)");
        builder.HasIndex(s => new { s.OrganisationId, s.Year, s.Quarter }).IsUnique().HasFilter("archived_at IS NULL").AreNullsDistinct(false);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }

    private static void Personnel(ComplexPropertyBuilder<Personnel> b, string prefix)
    {
        b.Property(p => p.Women).HasColumnName($"{prefix}_women");
        b.Property(p => p.Men).HasColumnName($"{prefix}_men");
    }
}
