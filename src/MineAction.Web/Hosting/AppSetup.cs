using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using MineAction.Infrastructure.Identity;
using MineAction.Infrastructure.Persistence;
using MineAction.Web.Components;
using MineAction.Web.Endpoints;
using MineAction.Web.Errors;
using Scalar.AspNetCore;

namespace MineAction.Web.Hosting;

public static class AppSetup
{
    /// <summary>Applies migrations at start-up when <c>Database:MigrateOnStartup</c> is true (Development).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MineActionDbContext>().Database.MigrateAsync();
        await IdentitySetup.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>());
    }

    public static WebApplication UseMineAction(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            // HSTS is sent on HTTPS answers only; redirection needs the HTTPS port (https_port / the proxy's), otherwise it stays off.
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages(StatusCodePage.WriteAsync);
        app.UseMiddleware<RequestCharsetMiddleware>();
        // The pages speak the person's language; the API stays culture-free (numbers, dates and messages the same for every client).
        app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"), ui => ui.UseRequestLocalization(Localization.Languages.Options()));
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.UseMiddleware<IdempotencyMiddleware>();

        app.MapOpenApi();
        app.MapScalarApiReference("/api-docs", o => o.WithTitle("MineAction API").WithOpenApiRoutePattern("/openapi/{documentName}.json"))
            .RequireAuthorization();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteHealth });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteHealth });

        app.MapAccount();
        Localization.Languages.MapLanguageChoice(app);
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(Policies.Reader)
            .RequireRateLimiting(SecuritySetup.TokenRateLimit)
            .AddEndpointFilter<RecordVersionFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapOrganisations();
        api.MapHazards();
        api.MapLandRelease();
        api.MapTreatyReports();
        api.MapStockpiles();
        api.MapOperations();
        api.MapQuality();
        api.MapReview();
        api.MapDashboard();
        api.MapNationalMap();
        api.MapCapacity();
        api.MapPeople();
        api.MapResources();
        api.MapGeography();
        api.MapProgramme();
        api.MapImports();
        api.MapFieldForms();
        api.MapAuditing();
        api.MapTokens();
        api.MapUsers();

        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    private static Task WriteHealth(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), e.Value.Description }),
        }));
    }
}
