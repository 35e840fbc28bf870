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

internal sealed class ReportEditionConfiguration : IEntityTypeConfiguration<ReportEdition>
{
    public void Configure(EntityTypeBuilder<ReportEdition> builder)
    {
        builder.ToTable("report_editions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Content).IsRequired();
        builder.Property(e => e.Cells).HasColumnType("jsonb").IsRequired();
        builder.Property(e => e.ContentSha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(e => e.SubmittedBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(e => new { e.Convention, e.Year, e.Number }).IsUnique();
    }
}
