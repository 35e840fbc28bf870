using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MineAction.Web.Hosting;

/// <summary>
/// OpenTelemetry traces (ASP.NET Core requests, Npgsql commands, each use case) and metrics (requests, use cases, Npgsql, the .NET
/// runtime), exported by OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (with the standard OTEL_* variables for protocol, headers
/// and service name) and not collected at all otherwise. Outside Development logs are JSON lines carrying the trace and span ids.
/// </summary>
public static class TelemetrySetup
{
    public static WebApplicationBuilder AddMineActionTelemetry(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            });
        }

        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "mineaction"))
            .WithTracing(t => t.AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                .AddNpgsql()
                .AddSource(UseCase.SourceName))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddMeter("Npgsql").AddMeter(UseCase.SourceName))
            .UseOtlpExporter();
        return builder;
    }
}
