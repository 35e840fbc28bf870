#nullable enable
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MineAction.Application.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.Abstractions;
using MineAction.Application.Security;
using MineAction.Infrastructure;
using MineAction.Infrastructure.Demo;
using MineAction.Infrastructure.Identity;
using MineAction.Infrastructure.Persistence;

namespace MineAction.Migrations;

/// <summary>
/// The operator's command line (<c>dotnet MineAction.Migrations.dll VERB …</c>, or <c>dotnet run --project migrations/MineAction.Migrations -- VERB …</c>):
/// see <see cref="CliVerbs"/>, or run it with <c>--help</c>. Problems are one line on standard error, never a stack trace: exit 1 when
/// the request was refused, 2 when the command line was wrong. The connection string comes from <c>MINEACTION_DB</c> or
/// <c>ConnectionStrings__MineAction</c>.
/// </summary>
public static class Cli
{
    public static string ConnectionString() =>
        Environment.GetEnvironmentVariable("MINEACTION_DB")
        ?? Environment.GetEnvironmentVariable("ConnectionStrings__MineAction")
        ?? "Host=127.0.0.1;Port=55432;Username=mineaction;Password=mineaction;Database=mineaction";

    public static async Task<int> Main(string[] args)
    {
        var verb = CliVerbs.All.FirstOrDefault(v => v.Name == args.FirstOrDefault());
        if (verb is null)
        {
            Usage(args.FirstOrDefault() is { } unknown and not ("help" or "--help" or "-h") ? $"unknown command '{unknown}'" : null);
            return args.FirstOrDefault() is null or "help" or "--help" or "-h" ? 0 : 2;
        }

        try
        {
            var arguments = CliArguments.Parse(args.Skip(1), "--reset-password");
            if (arguments.WantsHelp)
            {
                Console.WriteLine($"usage: MineAction.Migrations {verb.Usage}\n\n{verb.Summary}");
                return 0;
            }

            await using var services = Services(ConnectionString(), verb.Name == "seed-demo" ? "demo-seed" : "system");
            await using var scope = services.CreateAsyncScope();
            return await verb.Run(scope.ServiceProvider, arguments);
        }
        catch (CliUsageException e)
        {
            Console.Error.WriteLine($"{verb.Name}: {e.Message}\nusage: MineAction.Migrations {verb.Usage}");
            return 2;
        }
        catch (FileRefusedException e)
        {
            Console.Error.WriteLine($"{verb.Name}: {e.Message}");
            foreach (var p in e.Problems)
            {
                Console.Error.WriteLine($"  feature {p.Index}\t{p.Field}\t{p.Value}\t{p.Reason}");
            }

            return 1;
        }
        catch (Exception e) when (e is FluentValidation.ValidationException or Domain.Common.DomainRuleViolation or InvalidOperationException
                                      or Npgsql.NpgsqlException or DbUpdateException)
        {
            Console.Error.WriteLine($"{verb.Name}: {e.Message}");
            return 1;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("MINEACTION_CLI_DEBUG") is null)
        {
            Console.Error.WriteLine($"{verb.Name}: unexpected {e.GetType().Name}: {e.Message} (MINEACTION_CLI_DEBUG=1 shows the details)");
            return 1;
        }
    }

    private static void Usage(string? problem)
    {
        var output = problem is null ? Console.Out : Console.Error;
        if (problem is not null)
        {
            output.WriteLine($"error: {problem}");
        }

        output.WriteLine("usage: MineAction.Migrations COMMAND [options]   (COMMAND --help for its options)\n");
        foreach (var verb in CliVerbs.All)
        {
            output.WriteLine($"  {verb.Usage}\n      {verb.Summary}");
        }
    }

    /// <summary>
    /// The database and identity services, as the web host has them, for tools and tests. The Data Protection keys are kept as the web
    /// app keeps them, from the same settings given as environment variables (<c>DataProtection__CertificatePath</c>…); with
    /// <c>ASPNETCORE_ENVIRONMENT</c> (or <c>DOTNET_ENVIRONMENT</c>) set to anything but Development, unprotected keys are refused as the app refuses them.
    /// </summary>
    public static ServiceProvider Services(string connectionString, string user = "system")
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ICurrentUser>(new FixedUser(user));
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT");
        services.AddInfrastructure(connectionString, KeySettings(), keysMustBeProtected: environment is { Length: > 0 } and not "Development");
        services.AddMineActionIdentity();
        return services.BuildServiceProvider();
    }

    private static IConfiguration KeySettings() =>
        new ConfigurationBuilder().AddInMemoryCollection(
            Environment.GetEnvironmentVariables().Keys.OfType<string>()
                .Where(name => name.StartsWith(KeyProtection.Section + "__", StringComparison.OrdinalIgnoreCase))
                .Select(name => KeyValuePair.Create(name.Replace("__", ":", StringComparison.Ordinal), Environment.GetEnvironmentVariable(name))))
            .Build();

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

    /// <summary>The national-scale demo (<see cref="DemoScale"/>) and its users.</summary>
    public static async Task<string> SeedScaleAsync(IServiceProvider sp, int hazards, int seed)
    {
        var db = sp.GetRequiredService<MineActionDbContext>();
        var message = await new DemoScale(db, sp.GetRequiredService<MineAction.Application.Abstractions.IPersonalDataProtector>()).LoadAsync(hazards, seed);
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

    private sealed record FixedUser(string Name) : ICurrentUser
    {
        public Guid? UserId => null;

        public Guid? OrganisationId => null;

        public bool IsInRole(string role) => false;

        public bool IsSystem => true;
    }
}
