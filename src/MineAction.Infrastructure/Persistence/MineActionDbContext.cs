using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using MineAction.Application.Abstractions;
using MineAction.Domain.Auditing;
using MineAction.Domain.Geography;
using MineAction.Domain.Hazards;
using MineAction.Domain.LandRelease;
using MineAction.Domain.Operations;
using MineAction.Domain.Quality;
using MineAction.Domain.Organisations;
using MineAction.Domain.Security;
using MineAction.Infrastructure.Identity;
using MineAction.Infrastructure.Idempotency;
using MineAction.Infrastructure.Persistence.Configurations;

namespace MineAction.Infrastructure.Persistence;

public sealed class MineActionDbContext(DbContextOptions<MineActionDbContext> options)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options), IMineActionDb, IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Domain.People.Accident> Accidents => Set<Domain.People.Accident>();
    public DbSet<Domain.People.Casualty> Casualties => Set<Domain.People.Casualty>();
    public DbSet<Domain.People.VictimPersonalData> VictimPersonalData => Set<Domain.People.VictimPersonalData>();
    public DbSet<Domain.People.EoreSession> EoreSessions => Set<Domain.People.EoreSession>();
    public DbSet<Domain.People.AssistanceCase> AssistanceCases => Set<Domain.People.AssistanceCase>();
    public DbSet<Domain.People.AssistanceService> AssistanceServices => Set<Domain.People.AssistanceService>();
    public DbSet<Domain.People.Referral> Referrals => Set<Domain.People.Referral>();

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<HazardousArea> HazardousAreas => Set<HazardousArea>();
    public DbSet<AdminArea> AdminAreas => Set<AdminArea>();
    public DbSet<LandReleaseActivity> Activities => Set<LandReleaseActivity>();
    public DbSet<LandReleaseProduct> Products => Set<LandReleaseProduct>();
    public DbSet<DeviceFound> Devices => Set<DeviceFound>();
    public DbSet<Accreditation> Accreditations => Set<Accreditation>();
    public DbSet<ClearanceTask> Tasks => Set<ClearanceTask>();
    public DbSet<QualityVisit> QualityVisits => Set<QualityVisit>();
    public DbSet<NonConformity> NonConformities => Set<NonConformity>();
    public DbSet<Domain.Capacity.CapacitySnapshot> CapacitySnapshots => Set<Domain.Capacity.CapacitySnapshot>();
    public DbSet<Domain.Resources.Fund> Funds => Set<Domain.Resources.Fund>();
    public DbSet<Domain.Resources.ExchangeRate> ExchangeRates => Set<Domain.Resources.ExchangeRate>();
    public DbSet<Domain.Resources.Contribution> Contributions => Set<Domain.Resources.Contribution>();
    public DbSet<Domain.Resources.FundingTransaction> FundingTransactions => Set<Domain.Resources.FundingTransaction>();
    public DbSet<Domain.Resources.Project> Projects => Set<Domain.Resources.Project>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("postgis");
        builder.HasSequence<long>(HazardousAreaConfiguration.CodeSequence);
        builder.ApplyConfigurationsFromAssembly(typeof(MineActionDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as text: readable in SQL, safe to reorder.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
