using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.Abstractions;
using MineAction.Infrastructure.Identity;
using MineAction.Infrastructure.Persistence;

namespace MineAction.Infrastructure;

public static class DependencyInjection
{
    public const string MigrationsAssembly = "MineAction.Migrations";

    /// <summary>
    /// Database, audit and personal-data protection. <paramref name="configuration"/> holds the "DataProtection" section
    /// (<see cref="Identity.KeyProtection"/>); with <paramref name="keysMustBeProtected"/> (everywhere but Development) unprotected keys refuse to start.
    /// Reports read through <see cref="IReportingDb"/>: a context of its own on <paramref name="readOnlyConnectionString"/> (see
    /// <see cref="ReadOnly"/>) when one is given, otherwise the request's context.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, string connectionString,
        IConfiguration? configuration = null, bool keysMustBeProtected = false, string? readOnlyConnectionString = null)
    {
        services.AddScoped<AuditInterceptor>();
        services.AddDbContext<MineActionDbContext>((sp, options) =>
            Configure(options, connectionString).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        services.AddScoped<IMineActionDb>(sp => sp.GetRequiredService<MineActionDbContext>());
        if (string.IsNullOrWhiteSpace(readOnlyConnectionString))
        {
            services.AddScoped<IReportingDb>(sp => sp.GetRequiredService<MineActionDbContext>());
        }
        else
        {
            var readOnly = (DbContextOptions<MineActionDbContext>)Configure(new DbContextOptionsBuilder<MineActionDbContext>(), ReadOnly(readOnlyConnectionString))
                .AddInterceptors(new ReportingConnectionCheck()).Options;
            services.AddScoped<IReportingDb>(sp => new MineActionDbContext(readOnly, sp.GetService<ICurrentUser>()));
        }

        services.AddSingleton<Application.DataImport.IImportProgress>(new ImportProgress(connectionString));
        services.AddKeyProtection(configuration ?? new ConfigurationBuilder().Build(), keysMustBeProtected);
        services.AddSingleton<IPersonalDataProtector, Identity.PersonalDataProtector>();
        return services;
    }

    /// <summary>
    /// The connection string the web app serves requests with: no statement runs longer than <paramref name="statementTimeoutSeconds"/>
    /// on the server (0 = no limit; the client waits 5 s more so the server's own error arrives), the sessions carry the application name
    /// "MineAction" in <c>pg_stat_activity</c> unless the string names one, and PostgreSQL's JIT compiler is off unless the string's own
    /// <c>Options</c> switch it on: on an export of 200,000 hazards it spent half a second compiling before the first row (the first byte of
    /// a streamed download) and doubled the statement's time (1.9 s against 0.96 s), and the app's other statements are too short to gain.
    /// </summary>
    public static string ForRequests(string connectionString, int statementTimeoutSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(statementTimeoutSeconds);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        builder.ApplicationName ??= "MineAction";
        builder.Options = $"-c jit=off {builder.Options}".Trim();
        if (statementTimeoutSeconds > 0)
        {
            builder.Options = $"{builder.Options} -c statement_timeout={statementTimeoutSeconds}s".Trim();
            builder.CommandTimeout = Math.Max(builder.CommandTimeout, statementTimeoutSeconds + 5);
        }

        return builder.ConnectionString;
    }

    /// <summary>
    /// The reports' connection string: every transaction read-only (<c>default_transaction_read_only</c>), so the same statements work on a
    /// hot standby and on the primary that Npgsql falls back to while the standby is down (<c>Target Session Attributes=prefer-standby</c>
    /// with the standby listed first and the primary after it).
    /// </summary>
    public static string ReadOnly(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = $"{builder.Options} -c default_transaction_read_only=on".Trim();
        return builder.ConnectionString;
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
