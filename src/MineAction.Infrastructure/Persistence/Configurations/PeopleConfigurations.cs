using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MineAction.Infrastructure.Persistence.Configurations;

internal sealed class AccidentConfiguration : IEntityTypeConfiguration<Accident>
{
    public void Configure(EntityTypeBuilder<Accident> builder)
    {
        builder.ToTable("accidents", t => t.HasCheckConstraint("ck_accidents_casualties", "killed >= 0 AND injured >= 0 AND killed + injured > 0"));
        builder.ConfigureEntity();
        builder.Property(a => a.Location).HasColumnType("geometry(Point,4326)").IsRequired();
        builder.Property(a => a.Source).HasMaxLength(Accident.MaxSourceLength);
        builder.HasOne<AdminArea>().WithMany().HasForeignKey(a => a.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<HazardousArea>().WithMany().HasForeignKey(a => a.HazardousAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.OccurredOn);
        builder.HasIndex(a => a.Location).HasMethod("gist");
        builder.HasExternalId(a => a.ExternalImsmaId, a => a.ExternalImsmaId); // accidents are the NMAA's: unique nationally
    }
}

internal sealed class CasualtyConfiguration : IEntityTypeConfiguration<Casualty>
{
    public void Configure(EntityTypeBuilder<Casualty> builder)
    {
        builder.ToTable("casualties");
        builder.ConfigureEntity();
        builder.Property(c => c.VictimCode).HasMaxLength(20).IsRequired();
        builder.HasIndex(c => c.VictimCode).IsUnique();
        builder.HasExternalId(c => c.ExternalImsmaId, c => new { c.AccidentId, c.ExternalImsmaId }, c => c.AccidentId); // unique per accident
        builder.PrimitiveCollection(c => c.Injuries).ElementType().HasConversion<string>();
        builder.HasOne<Accident>().WithMany().HasForeignKey(c => c.AccidentId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>Personal data in its own table, every column ciphertext.</summary>
internal sealed class VictimPersonalDataConfiguration : IEntityTypeConfiguration<VictimPersonalData>
{
    public void Configure(EntityTypeBuilder<VictimPersonalData> builder)
    {
        builder.ToTable("victim_personal_data");
        builder.HasKey(p => p.CasualtyId);
        builder.Property(p => p.FullName).IsRequired();
        builder.HasOne<Casualty>().WithOne().HasForeignKey<VictimPersonalData>(p => p.CasualtyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EoreSessionConfiguration : IEntityTypeConfiguration<EoreSession>
{
    public void Configure(EntityTypeBuilder<EoreSession> builder)
    {
        builder.ToTable("eore_sessions");
        builder.ConfigureEntity();
        builder.ConfigureApproval();
        builder.Property(e => e.Location).HasColumnType("geometry(Point,4326)").IsRequired();
        builder.Property(e => e.Materials).HasMaxLength(EoreSession.MaxMaterialsLength);
        builder.ComplexProperty(e => e.Beneficiaries, b => HazardousAreaConfiguration.MapSadd(b, "beneficiaries"));
        builder.ComplexProperty(e => e.WithDisabilities, b => HazardousAreaConfiguration.MapSadd(b, "disabled"));
        builder.HasOne<AdminArea>().WithMany().HasForeignKey(e => e.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Organisations.Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.HeldOn, e.ProvinceId });
        builder.HasIndex(e => e.Location).HasMethod("gist"); // the national map's layer
        builder.HasExternalId(e => e.ExternalImsmaId, e => new { e.OrganisationId, e.ExternalImsmaId }, e => e.OrganisationId);
    }
}

internal sealed class AssistanceCaseConfiguration : IEntityTypeConfiguration<AssistanceCase>
{
    public void Configure(EntityTypeBuilder<AssistanceCase> builder)
    {
        builder.ToTable("assistance_cases");
        builder.ConfigureEntity();
        builder.Property(c => c.Relationship).HasMaxLength(100);
        builder.Property(c => c.CloseReason).HasMaxLength(AssistanceCase.MaxTextLength);
        builder.PrimitiveCollection(c => c.Needs).ElementType().HasConversion<string>();
        builder.HasOne<Casualty>().WithMany().HasForeignKey(c => c.CasualtyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.Status, c.NextFollowUpOn });
    }
}

internal sealed class AssistanceServiceConfiguration : IEntityTypeConfiguration<AssistanceService>
{
    public void Configure(EntityTypeBuilder<AssistanceService> builder)
    {
        builder.ToTable("assistance_services", t => t.HasCheckConstraint("ck_assistance_services_cost", "cost_usd >= 0"));
        builder.ConfigureEntity();
        builder.Property(s => s.CostUsd).HasColumnType("numeric(18,2)");
        builder.HasOne<AssistanceCase>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Organisations.Organisation>().WithMany().HasForeignKey(s => s.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasExternalId(s => s.ExternalImsmaId, s => new { s.CaseId, s.ExternalImsmaId }, s => s.CaseId); // unique per case
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("referrals");
        builder.ConfigureEntity();
        builder.HasOne<AssistanceCase>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Organisations.Organisation>().WithMany().HasForeignKey(r => r.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.CaseId, r.Status });
    }
}
