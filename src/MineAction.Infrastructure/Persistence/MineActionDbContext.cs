using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using MineAction.Application.Abstractions;
using MineAction.Application.Common;
using MineAction.Application.Security;
using MineAction.Infrastructure.Identity;
using MineAction.Infrastructure.Idempotency;
using MineAction.Infrastructure.Persistence.Configurations;

namespace MineAction.Infrastructure.Persistence;

/// <summary>
/// The database. Every query of a record passes two filters (see <see cref="QueryFilters"/>): archived records are hidden, and
/// approvable records (hazardous areas, activities, risk education sessions) are shown to <paramref name="user"/> only as
/// <see cref="DataAccess"/> allows. Without a user (tools, tests, design time) everything is visible.
/// </summary>
public sealed class MineActionDbContext(DbContextOptions<MineActionDbContext> options, ICurrentUser? user = null)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options), IReportingDb, IDataProtectionKeyContext
{
    /// <summary>Read by the visibility filter on every query (EF Core passes it as a parameter).</summary>
    private bool SeesAllRecords => user is null || user.SeesAllData();

    /// <summary>Read by the visibility filter: the operator's own organisation, whose submitted records they see too.</summary>
    private Guid? OwnRecordsOrganisation => user?.OwnRecordsOrganisation();

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
    public DbSet<Domain.DataImport.ImportJob> ImportJobs => Set<Domain.DataImport.ImportJob>();
    public DbSet<Domain.DataImport.ImportProblem> ImportProblems => Set<Domain.DataImport.ImportProblem>();
    public DbSet<Domain.DataImport.ImportFileChunk> ImportFileChunks => Set<Domain.DataImport.ImportFileChunk>();
    public DbSet<Domain.DataImport.ImportedRecord> ImportedRecords => Set<Domain.DataImport.ImportedRecord>();
    public DbSet<Domain.Programme.ProgrammeSettings> ProgrammeSettings => Set<Domain.Programme.ProgrammeSettings>();
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
    public DbSet<Domain.Stockpiles.MunitionLot> MunitionLots => Set<Domain.Stockpiles.MunitionLot>();
    public DbSet<Domain.Stockpiles.LotMovement> LotMovements => Set<Domain.Stockpiles.LotMovement>();
    public DbSet<Domain.Reporting.ReportNarrative> ReportNarratives => Set<Domain.Reporting.ReportNarrative>();
    public DbSet<Domain.Reporting.ReportEdition> ReportEditions => Set<Domain.Reporting.ReportEdition>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public IQueryable<Application.Hazards.HazardLabel> HazardLabels => Set<Application.Hazards.HazardLabel>().AsNoTracking();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("postgis");
        builder.HasPostgresExtension("pg_trgm");
        builder.HasSequence<long>(HazardousAreaConfiguration.CodeSequence);
        builder.ApplyConfigurationsFromAssembly(typeof(MineActionDbContext).Assembly);
        ApplyQueryFilters(builder);
    }

    private void ApplyQueryFilters(ModelBuilder builder)
    {
        foreach (var type in builder.Model.GetEntityTypes().Where(t => t.ClrType.IsSubclassOf(typeof(Entity)) && !IsReferenceData(t.ClrType)))
        {
            var record = Expression.Parameter(type.ClrType, "record");
            var live = Expression.Equal(Expression.Property(record, nameof(Entity.ArchivedAt)), Expression.Constant(null, typeof(DateTimeOffset?)));
            builder.Entity(type.ClrType).HasQueryFilter(QueryFilters.Archived, Expression.Lambda(live, record));
        }

        builder.Entity<HazardousArea>().HasQueryFilter(QueryFilters.Visibility, h =>
            SeesAllRecords || h.ApprovalStatus == ApprovalStatus.Approved || h.RecordingOrganisationId == OwnRecordsOrganisation);
        builder.Entity<LandReleaseActivity>().HasQueryFilter(QueryFilters.Visibility, a =>
            SeesAllRecords || a.ApprovalStatus == ApprovalStatus.Approved || a.OrganisationId == OwnRecordsOrganisation);
        builder.Entity<LandReleaseProduct>().HasQueryFilter(QueryFilters.Visibility, p =>
            SeesAllRecords || p.ApprovalStatus == ApprovalStatus.Approved || p.OrganisationId == OwnRecordsOrganisation);
        builder.Entity<DeviceFound>().HasQueryFilter(QueryFilters.Visibility, d =>
            SeesAllRecords || d.ApprovalStatus == ApprovalStatus.Approved || d.OrganisationId == OwnRecordsOrganisation);
        builder.Entity<Domain.People.EoreSession>().HasQueryFilter(QueryFilters.Visibility, e =>
            SeesAllRecords || e.ApprovalStatus == ApprovalStatus.Approved || e.OrganisationId == OwnRecordsOrganisation);
    }

    /// <summary>Organisations and administrative areas stay readable when archived: the records that point at them keep their names.</summary>
    private static bool IsReferenceData(Type type) => type == typeof(Organisation) || type == typeof(AdminArea);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as text: readable in SQL, safe to reorder.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
