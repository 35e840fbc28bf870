using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using MineAction.Infrastructure;
using MineAction.Infrastructure.Persistence;

namespace MineAction.Migrations;

/// <summary>Used by <c>dotnet ef migrations add</c>; no database is needed to add a migration.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<MineActionDbContext>
{
    public MineActionDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MineActionDbContext>();
        DependencyInjection.Configure(options, Cli.ConnectionString());
        return new MineActionDbContext(options.Options);
    }
}
