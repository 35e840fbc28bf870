using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Infrastructure.Identity;
using MineAction.Migrations;

namespace MineAction.Testing;

/// <summary>
/// The app on a freshly migrated database, as a national authority installs it: no country, no organisations, one administrator
/// (<see cref="Administrator"/>) — for the set-up of a real country.
/// </summary>
public sealed class FreshCountryApp : MineActionApp
{
    public const string Administrator = "admin@nmaa.example";
    public const string AdministratorPassword = "Set-up-2026-password";

    protected override async Task<string> CreateDatabaseAsync()
    {
        var name = await TestDatabase.CreateMigratedAsync();
        await using var services = Cli.Services(TestDatabase.ConnectionString(name));
        await using var scope = services.CreateAsyncScope();
        await IdentitySetup.CreateUserAsync(scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>(), Administrator, "NMAA administrator",
            AdministratorPassword, null, Application.Security.Roles.Administrator);
        return name;
    }

    /// <summary>The operator's CLI (MineAction.Migrations.dll) run as a child process against this database.</summary>
    public Task<(int Exit, string Output)> CliAsync(params string[] arguments) => CliAsync(new Dictionary<string, string>(), arguments);

    /// <summary>The CLI with more environment variables (<c>ASPNETCORE_ENVIRONMENT</c>, <c>DataProtection__…</c>).</summary>
    public Task<(int Exit, string Output)> CliAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        ExternalTool.RunAsync(AppProcess.DotnetHost,
            [Path.Combine(AppContext.BaseDirectory, "MineAction.Migrations.dll"), .. arguments],
            new Dictionary<string, string>(environment) { ["MINEACTION_DB"] = ConnectionString });
}
