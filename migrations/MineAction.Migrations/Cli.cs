using Microsoft.EntityFrameworkCore;
using MineAction.Application.Abstractions;
using MineAction.Infrastructure;
using MineAction.Infrastructure.Demo;
using MineAction.Infrastructure.Persistence;

namespace MineAction.Migrations;

/// <summary>
/// <c>MineAction.Migrations migrate</c> applies pending migrations;
/// <c>MineAction.Migrations seed-demo [--size N]</c> loads the demo programme (idempotent).
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
        await using var db = CreateContext(ConnectionString());
        switch (command)
        {
            case "migrate":
                await db.Database.MigrateAsync();
                Console.WriteLine("Database is up to date.");
                return 0;
            case "seed-demo":
                var size = ReadSize(args);
                Console.WriteLine(await new DemoProgramme(db).LoadAsync(size));
                return 0;
            default:
                Console.WriteLine("usage: MineAction.Migrations migrate | seed-demo [--size N]");
                return command == "help" ? 0 : 2;
        }
    }

    public static MineActionDbContext CreateContext(string connectionString)
    {
        var options = new DbContextOptionsBuilder<MineActionDbContext>();
        DependencyInjection.Configure(options, connectionString)
            .AddInterceptors(new StampInterceptor(new FixedUser("demo-seed"), TimeProvider.System));
        return new MineActionDbContext(options.Options);
    }

    private static int ReadSize(string[] args)
    {
        var i = Array.IndexOf(args, "--size");
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n >= 0 ? n : 2000;
    }

    private sealed record FixedUser(string Name) : ICurrentUser;
}
