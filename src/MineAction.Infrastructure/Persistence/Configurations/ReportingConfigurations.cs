using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MineAction.Domain.Reporting;

namespace MineAction.Infrastructure.Persistence.Configurations;

internal sealed class ReportNarrativeConfiguration : IEntityTypeConfiguration<ReportNarrative>
{
    public void Configure(EntityTypeBuilder<ReportNarrative> builder)
    {
        builder.ToTable("report_narratives");
        builder.ConfigureEntity();
        builder.Property(n => n.Form).HasMaxLength(4).IsRequired();
        builder.Property(n => n.Text).HasMaxLength(ReportNarrative.MaxTextLength).IsRequired();
        builder.HasIndex(n => new { n.Convention, n.Year, n.Form }).IsUnique();
    }
}
