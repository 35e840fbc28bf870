using Microsoft.AspNetCore.HttpOverrides;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using MineAction.Application;
using MineAction.Infrastructure;
using MineAction.Infrastructure.Persistence;
using MineAction.Web.Errors;
using MudBlazor.Services;

namespace MineAction.Web.Hosting;

public static class ServiceSetup
{
    public static WebApplicationBuilder AddMineAction(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var timeout = builder.Configuration.GetValue("Database:StatementTimeoutSeconds", 30);
        var connectionString = Infrastructure.DependencyInjection.ForRequests(
            builder.Configuration.GetConnectionString("MineAction") ?? throw new InvalidOperationException("ConnectionStrings:MineAction is not configured."),
            timeout);
        var readOnly = builder.Configuration.GetConnectionString("MineActionReadOnly");

        services.AddMineActionCore(connectionString, builder.Configuration, keysMustBeProtected: !builder.Environment.IsDevelopment(),
            string.IsNullOrWhiteSpace(readOnly) ? null : Infrastructure.DependencyInjection.ForRequests(readOnly, timeout));
        services.AddMineActionSecurity(builder.Configuration);
        services.Configure<ProgrammeOptions>(builder.Configuration.GetSection(ProgrammeOptions.Section));
        services.Configure<MapSettings>(builder.Configuration.GetSection(MapSettings.Section));
        services.Configure<ForwardedHeadersOptions>(o => ConfigureProxies(o, builder.Configuration));
        services.AddHostedService<ImportWorker>();
        services.AddSingleton<IdempotencyCleanup>();
        services.AddHostedService(sp => sp.GetRequiredService<IdempotencyCleanup>());

        services.Configure<JsonOptions>(o => ConfigureJson(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

        builder.AddMineActionTelemetry();
        services.AddMineActionOpenApi();
        services.AddHealthChecks().AddDbContextCheck<MineActionDbContext>("database", tags: ["ready"]);

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        return builder;
    }

    /// <summary>Use cases, validation pipeline and database: what the UI components need (also in bUnit tests).</summary>
    public static IServiceCollection AddMineActionCore(this IServiceCollection services, string connectionString,
        IConfiguration? configuration = null, bool keysMustBeProtected = false, string? readOnlyConnectionString = null)
    {
        services.AddApplication();
        services.AddLocalization();
        services.AddInfrastructure(connectionString, configuration, keysMustBeProtected, readOnlyConnectionString);
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(TracingBehaviour<,>), typeof(ValidationBehaviour<,>)];
        });
        services.AddScoped<UiMediator>();
        services.AddScoped<ReviewBadge>();
        return services;
    }

    /// <summary>
    /// Behind a TLS-terminating reverse proxy the app takes the client address, scheme and host from X-Forwarded-* — only from the proxies
    /// listed in <c>ReverseProxy:KnownProxies</c> (addresses) and <c>ReverseProxy:KnownNetworks</c> (CIDR), besides loopback. The scheme then
    /// makes the sign-in cookie Secure and turns HSTS on.
    /// </summary>
    private static void ConfigureProxies(ForwardedHeadersOptions options, ConfigurationManager configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        foreach (var proxy in configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [])
        {
            options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        }

        foreach (var network in configuration.GetSection("ReverseProxy:KnownNetworks").Get<string[]>() ?? [])
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        var hosts = configuration.GetSection("ReverseProxy:AllowedHosts").Get<string[]>();
        if (hosts is { Length: > 0 })
        {
            options.AllowedHosts = hosts;
        }
    }

    public static void ConfigureJson(System.Text.Json.JsonSerializerOptions options)
    {
        options.Converters.Add(new StrictEnumConverter());
        options.NumberHandling = JsonNumberHandling.Strict;
        // A property the request does not define is refused (400 naming it) rather than ignored: an integration never loses data silently.
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    }
}
