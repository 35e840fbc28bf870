using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using MineAction.Infrastructure.Persistence;
using MineAction.Migrations;
using Xunit;

namespace MineAction.Testing;

/// <summary>
/// The real application over HTTP against its own clone of the template database; one per test class
/// (<c>IClassFixture&lt;MineActionApp&gt;</c>). Runs as Production so errors look as users see them.
/// </summary>
public class MineActionApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string DatabaseName { get; private set; } = string.Empty;

    public string ConnectionString => TestDatabase.ConnectionString(DatabaseName);

    public async Task InitializeAsync() => DatabaseName = await TestDatabase.CloneAsync();

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await TestDatabase.DropAsync(DatabaseName);
    }

    /// <summary>A DbContext on this class's database, to arrange data or check what was written.</summary>
    public MineActionDbContext Db() => Cli.CreateContext(ConnectionString);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:MineAction", ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "false");
    }
}
