using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MineAction.Infrastructure.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.ConfigureEntity();
        builder.Property(o => o.Name).HasMaxLength(Organisation.MaxNameLength).IsRequired();
        builder.Property(o => o.Acronym).HasMaxLength(Organisation.MaxAcronymLength).IsRequired();
        builder.Property(o => o.CountryCode).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.Property(o => o.IatiIdentifier).HasMaxLength(Organisation.MaxIatiIdentifierLength);
        builder.HasExternalId(o => o.ExternalImsmaId, o => o.ExternalImsmaId);
        builder.HasIndex(o => o.Name);
        builder.HasIndex(o => o.Type);
        builder.HasIndex(o => o.Sector);
        // Unique acronym per country among active organisations (case-insensitive): see migration AcronymUnique.
    }
}
