using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MineAction.Application.Abstractions;

/// <summary>The database as the use cases see it: EF Core sets, no repository layer on top.</summary>
public interface IMineActionDb
{
    DbSet<Organisation> Organisations { get; }
    DbSet<HazardousArea> HazardousAreas { get; }
    DbSet<AdminArea> AdminAreas { get; }
    DbSet<Domain.DataImport.ImportJob> ImportJobs { get; }
    DbSet<Domain.DataImport.ImportProblem> ImportProblems { get; }
    DbSet<Domain.DataImport.ImportFileChunk> ImportFileChunks { get; }
    DbSet<Domain.DataImport.ImportedRecord> ImportedRecords { get; }
    DbSet<Domain.Programme.ProgrammeSettings> ProgrammeSettings { get; }
    DbSet<LandReleaseActivity> Activities { get; }
    DbSet<LandReleaseProduct> Products { get; }
    DbSet<DeviceFound> Devices { get; }
    DbSet<Accreditation> Accreditations { get; }
    DbSet<ClearanceTask> Tasks { get; }
    DbSet<QualityVisit> QualityVisits { get; }
    DbSet<NonConformity> NonConformities { get; }
    DbSet<Domain.Capacity.CapacitySnapshot> CapacitySnapshots { get; }
    DbSet<Domain.People.Accident> Accidents { get; }
    DbSet<Domain.People.Casualty> Casualties { get; }
    DbSet<Domain.People.VictimPersonalData> VictimPersonalData { get; }
    DbSet<Domain.People.EoreSession> EoreSessions { get; }
    DbSet<Domain.People.AssistanceCase> AssistanceCases { get; }
    DbSet<Domain.People.AssistanceService> AssistanceServices { get; }
    DbSet<Domain.People.Referral> Referrals { get; }
    DbSet<Domain.Resources.Fund> Funds { get; }
    DbSet<Domain.Resources.ExchangeRate> ExchangeRates { get; }
    DbSet<Domain.Resources.Contribution> Contributions { get; }
    DbSet<Domain.Resources.FundingTransaction> FundingTransactions { get; }
    DbSet<Domain.Resources.Project> Projects { get; }
    DbSet<Domain.Stockpiles.MunitionLot> MunitionLots { get; }
    DbSet<Domain.Stockpiles.LotMovement> LotMovements { get; }
    DbSet<Domain.Reporting.ReportNarrative> ReportNarratives { get; }
    DbSet<Domain.Reporting.ReportEdition> ReportEditions { get; }
    DbSet<AuditEntry> AuditEntries { get; }

    /// <summary>Code, name and area of every hazardous area, archived or not: the labels other records show (read-only).</summary>
    IQueryable<Hazards.HazardLabel> HazardLabels { get; }

    /// <summary>The underlying database, for transactions and the PostGIS checks that run as SQL.</summary>
    Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade Database { get; }
    DbSet<ApiToken> ApiTokens { get; }

    /// <summary>The entities in memory: an import clears it between batches so memory does not grow with the file.</summary>
    ChangeTracker ChangeTracker { get; }

    EntityEntry<TEntity> Entry<TEntity>(TEntity entity)
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
