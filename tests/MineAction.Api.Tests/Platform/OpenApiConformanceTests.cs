
namespace MineAction.Api.Tests.Platform;

/// <summary>
/// The OpenAPI document is right for the clients generated from it: Spectral (spectral:oas) finds nothing, protected operations declare
/// their security, every request body has its own schema, file downloads their media types, and headers, errors and required fields
/// are what the server really does. (The role matrix checks every status it meets is documented.)
/// </summary>
public sealed class OpenApiConformanceTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private async Task<List<(string Route, JsonObject Operation)>> OperationsAsync() =>
        [.. (await OpenApiDoc.LoadAsync(app))["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => ($"{op.Key.ToUpperInvariant()} {path.Key}", op.Value!.AsObject())))];

    private async Task<JsonObject> SchemasAsync() => (await OpenApiDoc.LoadAsync(app))["components"]!["schemas"]!.AsObject();

    /// <summary>Spectral from scripts/test.sh's install (.tools/spectral) or MINEACTION_SPECTRAL.</summary>
    private static string Spectral()
    {
        var path = Environment.GetEnvironmentVariable("MINEACTION_SPECTRAL")
            ?? Path.Combine(Repository.Root, ".tools", "spectral", "node_modules", ".bin", "spectral");
        Assert.True(File.Exists(path), $"Spectral is not installed at {path}: scripts/test.sh installs it (npm), or set MINEACTION_SPECTRAL.");
        return path;
    }

    [Fact]
    public async Task Spectral_oas_finds_no_error_and_no_warning()
    {
        var folder = Directory.CreateTempSubdirectory("openapi-");
        try
        {
            var document = Path.Combine(folder.FullName, "openapi.json");
            await File.WriteAllTextAsync(document, (await OpenApiDoc.LoadAsync(app)).ToJsonString());
            var ruleset = Path.Combine(folder.FullName, ".spectral.yaml");
            await File.WriteAllTextAsync(ruleset, "extends: [\"spectral:oas\"]\n");
            var (exit, output) = await ExternalTool.RunAsync(Spectral(), "lint", document, "--ruleset", ruleset, "--format", "text", "--fail-severity", "warn");
            Assert.True(exit == 0, output);
            Assert.Contains("No results with a severity of 'warn' or higher found", output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Every_protected_operation_declares_the_bearer_and_cookie_schemes()
    {
        var document = await OpenApiDoc.LoadAsync(app);
        Assert.Equal("bearer", document["components"]!["securitySchemes"]!["bearer"]!["scheme"]!.GetValue<string>());
        Assert.Equal("cookie", document["components"]!["securitySchemes"]!["cookie"]!["in"]!.GetValue<string>());
        foreach (var (route, operation) in (await OperationsAsync()).Where(o => o.Route.Contains(" /api/", StringComparison.Ordinal)))
        {
            var schemes = operation["security"]?.AsArray().SelectMany(r => r!.AsObject().Select(s => s.Key)).ToList() ?? [];
            Assert.True(schemes is ["bearer", "cookie"], $"{route} declares security {string.Join(",", schemes)}");
        }
    }

    [Fact]
    public async Task Every_request_body_has_a_schema_named_after_its_use_case()
    {
        var schemas = await SchemasAsync();
        Assert.False(schemas.ContainsKey("Command"));
        var operations = await OperationsAsync();
        var files = operations.Single(o => o.Route == "POST /api/v1/admin-areas/boundaries").Operation["requestBody"]!["content"]!.AsObject();
        Assert.Equal(["application/geo+json", "application/zip"], files.Select(c => c.Key).Order());
        var bodies = operations.Where(o => o.Operation["requestBody"]?["content"]?["application/json"] is not null)
            .Select(o => (o.Route, Ref: o.Operation["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>())).ToList();
        Assert.Contains(("POST /api/v1/accreditations", "#/components/schemas/CreateAccreditationCommand"), bodies);
        Assert.Contains(("POST /api/v1/accidents", "#/components/schemas/RecordAccidentCommand"), bodies);
        // Only the steps of one use case on one record share their body: approve/return (the review comment), close/hand-over/reopen;
        // the two conventions' Article 7 reports share theirs (the State's text of a form).
        Assert.All(bodies.GroupBy(b => b.Ref).Where(g => g.Count() > 1),
            g => Assert.Single(g.Select(b => b.Route[..b.Route.LastIndexOf('/')].Replace("/article7/ccm/", "/article7/apmbc/", StringComparison.Ordinal)).Distinct()));
    }

    [Theory]
    [InlineData("GET /api/v1/hazardous-areas/export.csv", "text/csv")]
    [InlineData("GET /api/v1/reports/donor.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("GET /api/v1/iati/activities.xml", "application/xml")]
    [InlineData("GET /api/v1/land-release/released-land.geojson", "application/geo+json")]
    public async Task File_downloads_declare_their_media_type(string route, string mediaType)
    {
        var operation = (await OperationsAsync()).Single(o => o.Route == route).Operation;
        Assert.Equal([mediaType], operation["responses"]!["200"]!["content"]!.AsObject().Select(c => c.Key));
    }

    [Fact]
    public async Task Precondition_errors_are_documented_exactly_where_if_match_is_read()
    {
        foreach (var (route, operation) in await OperationsAsync())
        {
            var ifMatch = operation["parameters"]?.AsArray().FirstOrDefault(p => p!["name"]!.GetValue<string>() == "If-Match");
            var responses = operation["responses"]!.AsObject();
            Assert.Equal(ifMatch is not null, responses.ContainsKey("412"));
            Assert.Equal(ifMatch?["required"]?.GetValue<bool>() == true, responses.ContainsKey("428"));
        }
    }

    [Fact]
    public async Task Headers_are_declared_where_the_api_reads_or_writes_them()
    {
        var operations = (await OperationsAsync()).ToDictionary(o => o.Route, o => o.Operation);
        string[] Parameters(string route) => [.. operations[route]["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>())];
        Assert.Contains("Idempotency-Key", Parameters("POST /api/v1/accidents"));
        Assert.Contains("If-Match", Parameters("PUT /api/v1/hazardous-areas/{id}"));
        Assert.NotNull(operations["GET /api/v1/hazardous-areas/{id}"]["responses"]!["200"]!["headers"]!["ETag"]);
        Assert.All(operations, o => Assert.NotNull(o.Value["responses"]!["429"]?["headers"]?["Retry-After"]));
        Assert.All(operations, o => Assert.NotNull(o.Value["responses"]!["503"]?["headers"]?["Retry-After"]));
    }

    [Fact]
    public async Task Problems_document_their_code_and_trace_id()
    {
        var properties = (await SchemasAsync())["ProblemDetails"]!["properties"]!.AsObject();
        Assert.True(properties.ContainsKey("code") && properties.ContainsKey("traceId"));
    }

    [Fact]
    public async Task Required_lists_what_the_server_requires_and_computed_fields_are_read_only()
    {
        var schemas = await SchemasAsync();
        string[] Required(string schema) => [.. (schemas[schema]!["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? []).Order()];
        Assert.Equal(["activity", "expiresOn", "issuedOn", "number", "organisationId"], Required("CreateAccreditationCommand"));
        Assert.Empty(Required("Sadd"));
        Assert.True(schemas["Sadd"]!["properties"]!["total"]!["readOnly"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Every_operation_has_a_summary_and_a_description()
    {
        foreach (var (route, operation) in await OperationsAsync())
        {
            Assert.False(string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()), $"{route} has no summary");
            Assert.False(string.IsNullOrWhiteSpace(operation["description"]?.GetValue<string>()), $"{route} has no description");
        }
    }
}
