using Microsoft.EntityFrameworkCore;
using MineAction.Application.Abstractions;
using MineAction.Domain.Geography;
using MineAction.Domain.Hazards;
using MineAction.Domain.Organisations;
using MineAction.Infrastructure.Persistence.Configurations;

namespace MineAction.Infrastructure.Persistence;

public sealed class MineActionDbContext(DbContextOptions<MineActionDbContext> options)
    : DbContext(options), IMineActionDb
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<HazardousArea> HazardousAreas => Set<HazardousArea>();
    public DbSet<AdminArea> AdminAreas => Set<AdminArea>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("postgis");
        modelBuilder.HasSequence<long>(HazardousAreaConfiguration.CodeSequence);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MineActionDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as text: readable in SQL, safe to reorder.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
