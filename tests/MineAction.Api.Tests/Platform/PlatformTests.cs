using Microsoft.EntityFrameworkCore;

namespace MineAction.Api.Tests.Platform;

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
    public async Task OpenApi_describes_every_endpoint_and_its_errors()
    {
        var document = await _client.GetFromJsonAsync<JsonObject>("/openapi/v1.json");
        var paths = document!["paths"]!.AsObject();
        foreach (var path in new[]
                 {
                     "/api/v1/organisations", "/api/v1/organisations/{id}", "/api/v1/organisations/{id}/archive",
                     "/api/v1/hazardous-areas", "/api/v1/hazardous-areas/{id}", "/api/v1/hazardous-areas/{id}/confirm",
                     "/api/v1/hazardous-areas/{id}/archive", "/api/v1/admin-areas",
                 })
        {
            Assert.True(paths.ContainsKey(path), $"{path} is missing from the OpenAPI document");
        }

        var register = paths["/api/v1/hazardous-areas"]!["post"]!["responses"]!.AsObject();
        foreach (var status in new[] { "201", "400", "409", "412", "422", "500" })
        {
            Assert.True(register.ContainsKey(status), $"POST /hazardous-areas does not document {status}");
        }
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

    [Fact]
    public async Task Admin_areas_list_provinces_and_their_districts()
    {
        var provinces = await _client.GetFromJsonAsync<JsonArray>("/api/v1/admin-areas?level=1");
        Assert.Equal(6, provinces!.Count);
        var kandara = provinces.Single(p => p!["name"]!.GetValue<string>() == "Kandara")!;
        var districts = await _client.GetFromJsonAsync<JsonArray>($"/api/v1/admin-areas?parentId={kandara["id"]}");
        Assert.Equal(4, districts!.Count);
        await (await _client.GetAsync("/api/v1/admin-areas?level=3")).FieldErrorAsync("level");
    }

    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations()
    {
        await using var db = app.Db();
        Assert.False(db.Database.HasPendingModelChanges(), "Run dotnet ef migrations add: the model differs from the last migration.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
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
