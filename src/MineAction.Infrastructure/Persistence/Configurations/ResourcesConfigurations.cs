using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MineAction.Infrastructure.Persistence.Configurations;

internal sealed class FundConfiguration : IEntityTypeConfiguration<Fund>
{
    public void Configure(EntityTypeBuilder<Fund> builder)
    {
        builder.ToTable("funds");
        builder.ConfigureEntity();
        builder.Property(f => f.Name).HasMaxLength(Fund.MaxNameLength).IsRequired();
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(f => f.Description).HasMaxLength(2000);
        builder.HasIndex(f => f.Name).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(f => f.ManagingOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ExchangeRateConfiguration : IEntityTypeConfiguration<ExchangeRate>
{
    public void Configure(EntityTypeBuilder<ExchangeRate> builder)
    {
        builder.ToTable("exchange_rates", t => t.HasCheckConstraint("ck_exchange_rates_positive", "usd_per_unit > 0"));
        builder.ConfigureEntity();
        builder.Property(r => r.Currency).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.Property(r => r.UsdPerUnit).HasColumnType("numeric(20,10)");
        builder.HasIndex(r => new { r.Currency, r.RateDate }).IsUnique().HasFilter("archived_at IS NULL");
    }
}

internal sealed class ContributionConfiguration : IEntityTypeConfiguration<Contribution>
{
    public void Configure(EntityTypeBuilder<Contribution> builder)
    {
        builder.ToTable("contributions", t => t.HasCheckConstraint("ck_contributions_amount", "amount > 0"));
        builder.ConfigureEntity();
        builder.Property(c => c.Reference).HasMaxLength(Contribution.MaxReferenceLength).IsRequired();
        builder.Property(c => c.Currency).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.Property(c => c.Amount).HasColumnType("numeric(18,2)");
        builder.Property(c => c.EarmarkedActivity).HasConversion<string>().HasMaxLength(20);
        builder.ComplexCollection<List<Tranche>, Tranche>("ScheduleRows", s => s.ToJson("schedule"));
        builder.Ignore(c => c.Schedule);
        builder.Ignore(c => c.IsMultiYear);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.DonorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.RecipientOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Fund>().WithMany().HasForeignKey(c => c.FundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Project>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AdminArea>().WithMany().HasForeignKey(c => c.EarmarkedProvinceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FundingTransactionConfiguration : IEntityTypeConfiguration<FundingTransaction>
{
    public void Configure(EntityTypeBuilder<FundingTransaction> builder)
    {
        builder.ToTable("funding_transactions", t => t.HasCheckConstraint("ck_funding_transactions_amount", "amount > 0"));
        builder.ConfigureEntity();
        builder.Property(t => t.Type).HasConversion<int>();
        builder.Property(t => t.Currency).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.Property(t => t.Amount).HasColumnType("numeric(18,2)");
        builder.Property(t => t.UsdAmount).HasColumnType("numeric(18,2)");
        builder.Property(t => t.UsdRate).HasColumnType("numeric(20,10)");
        builder.Property(t => t.Description).HasMaxLength(FundingTransaction.MaxDescriptionLength);
        builder.HasOne<Contribution>().WithMany().HasForeignKey(t => t.ContributionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.FundId, t.Currency, t.Type });
        builder.HasIndex(t => new { t.ProjectId, t.Currency, t.Type });
        builder.HasIndex(t => t.Date);
        builder.HasExternalId(t => t.ExternalImsmaId, t => new { t.ContributionId, t.ExternalImsmaId }, t => t.ContributionId); // unique per contribution
    }
}

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("projects", t => t.HasCheckConstraint("ck_projects_dates", "end_date >= start_date"));
        builder.ConfigureEntity();
        builder.Property(p => p.Code).HasMaxLength(Project.MaxCodeLength).IsRequired();
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Title).HasMaxLength(Project.MaxTitleLength).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(4000);
        builder.Property(p => p.Budget).HasColumnType("numeric(18,2)");
        builder.Property(p => p.BudgetCurrency).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.ImplementingOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AdminArea>().WithMany().HasForeignKey(p => p.ProvinceId).OnDelete(DeleteBehavior.Restrict);
    }
}
