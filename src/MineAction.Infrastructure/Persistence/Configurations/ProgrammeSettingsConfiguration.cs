using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MineAction.Domain.Programme;

namespace MineAction.Infrastructure.Persistence.Configurations;

internal sealed class ProgrammeSettingsConfiguration : IEntityTypeConfiguration<ProgrammeSettings>
{
    public void Configure(EntityTypeBuilder<ProgrammeSettings> builder)
    {
        builder.ToTable("programme_settings", t => t.HasCheckConstraint("ck_programme_settings_single", $"id = '{ProgrammeSettings.SingletonId}'"));
        builder.ConfigureEntity();
        builder.Property(s => s.Name).HasMaxLength(ProgrammeSettings.MaxNameLength).IsRequired();
        builder.Property(s => s.CountryCode).HasMaxLength(3).IsRequired();
        builder.Property(s => s.ReportingCurrency).HasMaxLength(3).IsRequired();
        builder.Property(s => s.IatiReportingOrganisation).HasMaxLength(40).IsRequired();
        builder.Property(s => s.IatiReportingOrgRef).HasMaxLength(100).IsRequired();
        builder.Property(s => s.IatiRecipientCountry).HasMaxLength(2).IsRequired();
        builder.Property(s => s.IatiRecipientRegion).HasMaxLength(3).IsRequired();
        builder.Property(s => s.IatiAdminVocabulary).HasMaxLength(2).IsRequired();
        builder.Property(s => s.LogoContentType).HasMaxLength(20);
        builder.Ignore(s => s.PriorityWeights);
        builder.Ignore(s => s.IatiConfigured);
    }
}
