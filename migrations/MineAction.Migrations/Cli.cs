using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.Abstractions;
using MineAction.Application.Security;
using MineAction.Infrastructure;
using MineAction.Infrastructure.Demo;
using MineAction.Infrastructure.Identity;
using MineAction.Infrastructure.Persistence;

namespace MineAction.Migrations;

/// <summary>
/// <c>migrate</c> applies pending migrations and creates the roles;
/// <c>seed-demo [--size N]</c> loads the demo programme and its users (idempotent);
/// <c>create-admin EMAIL PASSWORD</c> creates the first administrator of a real deployment.
/// The connection string comes from <c>MINEACTION_DB</c> or <c>ConnectionStrings__MineAction</c>.
/// </summary>
public static class Cli
{
    public static string ConnectionString() =>
        Environment.GetEnvironmentVariable("MINEACTION_DB")
        ?? Environment.GetEnvironmentVariable("ConnectionStrings__MineAction")
        ?? "Host=127.0.0.1;Port=55432;Username=mineaction;Password=mineaction;Database=mineaction";

    public static async Task<int> Main(string[] args)
    {
        var command = args.FirstOrDefault() ?? "help";
        await using var services = Services(ConnectionString(), command == "seed-demo" ? "demo-seed" : "system");
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        switch (command)
        {
            case "migrate":
                await MigrateAsync(sp);
                Console.WriteLine("Database is up to date.");
                return 0;
            case "seed-demo":
                Console.WriteLine(await SeedDemoAsync(sp, ReadSize(args)));
                return 0;
            case "create-admin" when args.Length == 3:
                await IdentitySetup.CreateUserAsync(sp.GetRequiredService<UserManager<ApplicationUser>>(),
                    args[1], args[1], args[2], null, Roles.Administrator);
                Console.WriteLine($"Administrator {args[1]} created.");
                return 0;
            default:
                Console.WriteLine("usage: MineAction.Migrations migrate | seed-demo [--size N] | create-admin EMAIL PASSWORD");
                return command == "help" ? 0 : 2;
        }
    }

    /// <summary>The database and identity services, as the web host has them, for tools and tests.</summary>
    public static ServiceProvider Services(string connectionString, string user = "system")
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ICurrentUser>(new FixedUser(user));
        services.AddInfrastructure(connectionString);
        services.AddMineActionIdentity();
        return services.BuildServiceProvider();
    }

    public static async Task MigrateAsync(IServiceProvider sp)
    {
        await sp.GetRequiredService<MineActionDbContext>().Database.MigrateAsync();
        await IdentitySetup.EnsureRolesAsync(sp.GetRequiredService<RoleManager<IdentityRole<Guid>>>());
    }

    public static async Task<string> SeedDemoAsync(IServiceProvider sp, int size)
    {
        var db = sp.GetRequiredService<MineActionDbContext>();
        var message = await new DemoProgramme(db, sp.GetRequiredService<MineAction.Application.Abstractions.IPersonalDataProtector>()).LoadAsync(size);
        await DemoUsers.CreateAsync(db, sp.GetRequiredService<UserManager<ApplicationUser>>());
        return message;
    }

    /// <summary>A DbContext for tools and tests, acting as <paramref name="user"/>.</summary>
    public static MineActionDbContext CreateContext(string connectionString, string user = "system")
    {
        var options = new DbContextOptionsBuilder<MineActionDbContext>();
        DependencyInjection.Configure(options, connectionString)
            .AddInterceptors(new AuditInterceptor(new FixedUser(user), TimeProvider.System));
        return new MineActionDbContext(options.Options);
    }

    private static int ReadSize(string[] args)
    {
        var i = Array.IndexOf(args, "--size");
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n >= 0 ? n : 2000;
    }

    private sealed record FixedUser(string Name) : ICurrentUser
    {
        public Guid? UserId => null;

        public Guid? OrganisationId => null;

        public bool IsInRole(string role) => false;

        public bool IsSystem => true;
    }
}
