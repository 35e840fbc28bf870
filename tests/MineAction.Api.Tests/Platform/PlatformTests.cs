using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using MineAction.Application.Geography;

namespace MineAction.Api.Tests.Platform;

/// <summary>Health, the OpenAPI document and API reference, administrative areas, migrations and the home page.</summary>
public sealed class PlatformTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly HttpClient _client = app.ClientFor(Roles.InformationManager);

    [Fact]
    public async Task Health_endpoints_report_the_database()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health/live")).StatusCode);
        var ready = await _client.GetFromJsonAsync<JsonObject>("/health/ready");
        Assert.Equal("Healthy", ready!["status"]!.GetValue<string>());
        Assert.Equal("database", ready["checks"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task OpenApi_describes_every_endpoint_of_the_role_matrix()
    {
        var document = await OpenApiDoc.LoadAsync(app);
        foreach (var route in Security.RoleMatrixTests.Routes)
        {
            Assert.True(OpenApiDoc.Operation(document, route) is not null, $"{route} is missing from the OpenAPI document");
        }
    }

    [Fact]
    public async Task OpenApi_documents_the_errors_a_write_can_give()
    {
        var paths = (await OpenApiDoc.LoadAsync(app))["paths"]!;
        var register = paths["/api/v1/hazardous-areas"]!["post"]!["responses"]!.AsObject();
        foreach (var status in new[] { "201", "400", "404", "409", "422", "500" })
        {
            Assert.True(register.ContainsKey(status), $"POST /hazardous-areas does not document {status}");
        }

        // Registration reads no If-Match, so it cannot answer 412 or 428; replacing a hazard needs one.
        Assert.False(register.ContainsKey("412") || register.ContainsKey("428"));
        var update = paths["/api/v1/hazardous-areas/{id}"]!["put"]!["responses"]!.AsObject();
        Assert.True(update.ContainsKey("412") && update.ContainsKey("428"));
    }

    [Fact]
    public async Task Api_reference_ui_is_served_to_signed_in_users()
    {
        var anonymous = await app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .GetAsync("/api-docs/");
        Assert.Contains("/account/login", anonymous.Headers.Location?.OriginalString);

        var response = await _client.GetAsync("/api-docs/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("MineAction API", await response.Content.ReadAsStringAsync());
    }

    private async Task<List<ListAdminAreas.AdminAreaDto>> AdminAreasAsync(string query) =>
        await _client.GetAsync<List<ListAdminAreas.AdminAreaDto>>($"/api/v1/admin-areas?{query}");

    [Fact]
    public async Task Admin_areas_list_the_provinces()
    {
        var provinces = await AdminAreasAsync("level=1");
        Assert.Equal(6, provinces.Count);
        Assert.All(provinces, p => Assert.Null(p.ParentId));
    }

    [Fact]
    public async Task Admin_areas_list_a_provinces_districts()
    {
        var kandara = (await AdminAreasAsync("level=1")).Single(p => p.Name == "Kandara");
        var districts = await AdminAreasAsync($"parentId={kandara.Id}");
        Assert.Equal(4, districts.Count);
        Assert.All(districts, d => Assert.Equal(2, d.Level));
    }

    [Fact]
    public async Task Admin_areas_have_three_levels()
    {
        await (await _client.GetAsync("/api/v1/admin-areas?level=4")).FieldErrorAsync("level");
    }

    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations()
    {
        await using var db = app.Db();
        Assert.False(db.Database.HasPendingModelChanges(), "Run dotnet ef migrations add: the model differs from the last migration.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    /// <summary>
    /// The sessions the app serves requests with name the app and run without PostgreSQL's JIT compiler, which spent half a second
    /// compiling before the first row of a 200,000-hazard export (docs/performance.md).
    /// </summary>
    [Fact]
    public async Task Requests_run_in_sessions_named_for_the_app_without_the_jit_compiler()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MineAction.Infrastructure.Persistence.MineActionDbContext>();
        var settings = await db.Database.SqlQueryRaw<string>(
            "SELECT current_setting('jit') || ' ' || current_setting('application_name') AS \"Value\"").SingleAsync();
        Assert.Equal("off MineAction", settings);
    }

    [Fact]
    public async Task The_ui_home_page_renders()
    {
        var response = await _client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("MineAction", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>A failure nobody foresaw (here: a column gone missing) gives a 500 ProblemDetails without internals.</summary>
public sealed class ServerErrorTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    [Fact]
    public async Task An_unexpected_error_is_a_500_problem_without_stack_trace()
    {
        await using (var db = app.Db())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE organisations RENAME COLUMN acronym TO acronym_gone");
        }

        var response = await app.ClientFor(Roles.Viewer).GetAsync("/api/v1/organisations");
        var body = await response.ProblemAsync(HttpStatusCode.InternalServerError);
        var text = body.ToJsonString();
        Assert.DoesNotContain("acronym_gone", text);
        Assert.DoesNotContain(" at ", text);
        Assert.NotNull(body["traceId"]);
    }
}
