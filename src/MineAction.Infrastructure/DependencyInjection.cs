using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.Abstractions;
using MineAction.Infrastructure.Persistence;

namespace MineAction.Infrastructure;

public static class DependencyInjection
{
    public const string MigrationsAssembly = "MineAction.Migrations";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, string connectionString)
    {
        services.AddScoped<AuditInterceptor>();
        services.AddDbContext<MineActionDbContext>((sp, options) =>
            Configure(options, connectionString).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        services.AddScoped<IMineActionDb>(sp => sp.GetRequiredService<MineActionDbContext>());
        // Keys in PostgreSQL: every web node decrypts what another encrypted.
        services.AddDataProtection().SetApplicationName("MineAction").PersistKeysToDbContext<MineActionDbContext>();
        services.AddSingleton<IPersonalDataProtector, Identity.PersonalDataProtector>();
        return services;
    }

    /// <summary>The one place the provider is set up: app, migrations CLI, design-time factory and tests.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql
                .UseNetTopologySuite()
                .MigrationsAssembly(MigrationsAssembly)
                .MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
}
