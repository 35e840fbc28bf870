using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace MineAction.Api.Tests.Hazards;

public sealed partial class HazardApiTests(MineActionApp app) : IClassFixture<MineActionApp>, IAsyncLifetime
{
    private const string Url = "/api/v1/hazardous-areas";
    private readonly HttpClient _client = app.ClientFor(Roles.InformationManager);
    private Tarsenia _t = null!;

    public async Task InitializeAsync() => _t = await Tarsenia.LoadAsync(app);

    public Task DisposeAsync() => Task.CompletedTask;

    private Dictionary<string, object?> Body(object? geometry = null, string name = "Kandara rice field") => new()
    {
        ["name"] = name,
        ["geometry"] = geometry ?? Tarsenia.Square(100.1, 12.1),
        ["provinceId"] = _t.Kandara,
        ["districtId"] = _t.KandaraSouthwest,
        ["recordingOrganisationId"] = _t.Halo,
        ["deviceCategories"] = new[] { "AntiPersonnelMine", "Submunition" },
        ["evidence"] = "Indirect",
        ["landUseBlocked"] = new[] { "Agriculture" },
        ["directBeneficiaries"] = new { girls = 10, boys = 12, women = 20, men = 18 },
        ["recordedOn"] = "2024-03-01",
        ["externalImsmaId"] = "IMSMA-4711",
    };

    private async Task<JsonObject> RegisterAsync(Dictionary<string, object?> body)
    {
        var response = await _client.PostAsJsonAsync(Url, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    private async Task<int> CountAsync()
    {
        await using var db = app.Db();
        return await db.HazardousAreas.CountAsync();
    }

    [Fact]
    public async Task Register_assigns_code_computes_area_in_postgis_and_ignores_client_area()
    {
        var body = Body();
        body["areaM2"] = 5;
        body["code"] = "HA-FAKE-1";
        var hazard = await RegisterAsync(body);
        var summary = hazard["summary"]!;

        Assert.Matches(CodePattern(), summary["code"]!.GetValue<string>());
        var area = summary["areaM2"]!.GetValue<double>();
        Assert.InRange(area, 1_195_000, 1_215_000); // 0.01° × 0.01° at 12.1° N
        Assert.Equal("SHA", summary["type"]!.GetValue<string>());
        Assert.Equal("Open", summary["status"]!.GetValue<string>());
        Assert.Equal("Kandara", summary["provinceName"]!.GetValue<string>());
        Assert.Equal("HALO", summary["recordingOrganisationAcronym"]!.GetValue<string>());
        Assert.Equal(60, hazard["directBeneficiaries"]!["total"]!.GetValue<int>());
        Assert.Equal("MultiPolygon", hazard["geometry"]!["type"]!.GetValue<string>());
        Assert.Equal(5, hazard["geometry"]!["coordinates"]![0]![0]!.AsArray().Count);
    }

    [Fact]
    public async Task Codes_are_sequential_and_unique()
    {
        var a = (await RegisterAsync(Body(Tarsenia.Square(100.3, 12.3))))["summary"]!["code"]!.GetValue<string>();
        var b = (await RegisterAsync(Body(Tarsenia.Square(100.4, 12.3))))["summary"]!["code"]!.GetValue<string>();
        Assert.Equal(int.Parse(a[^6..], CultureInfo.InvariantCulture) + 1, int.Parse(b[^6..], CultureInfo.InvariantCulture));
    }

    public static TheoryData<string, string> BadGeometries => new()
    {
        { """{"type":"Polygon","coordinates":[[[100.1,12.1],[100.2,12.1],[100.2,12.2],[100.1,12.2]]]}""", "not closed" },
        { """{"type":"Polygon","coordinates":[[[100.1,12.1],[100.2,12.2],[100.2,12.1],[100.1,12.2],[100.1,12.1]]]}""", "Self-intersection" },
        { """{"type":"Polygon","coordinates":[[[200.1,12.1],[200.2,12.1],[200.2,12.2],[200.1,12.1]]]}""", "outside" },
        { """{"type":"Polygon","coordinates":[[[100.1,95],[100.2,95],[100.2,96],[100.1,95]]]}""", "outside" },
        { """{"type":"Point","coordinates":[100.1,12.1]}""", "Polygon or MultiPolygon" },
        { """{"type":"LineString","coordinates":[[100.1,12.1],[100.2,12.2]]}""", "not supported" },
        { """{"type":"Polygon"}""", "coordinates" },
        { """{"type":"Polygon","coordinates":[[[100.1,12.1],[100.2,12.1],[100.1,12.1]]]}""", "at least 4 positions" },
        { """{"type":"Polygon","coordinates":[[["a","b"],[100.2,12.1],[100.2,12.2],["a","b"]]]}""", "numbers" },
        { """{"type":"Polygon","coordinates":[]}""", "at least one ring" },
        { "\"POLYGON((1 1, 2 2))\"", "GeoJSON object" },
    };

    [Theory]
    [MemberData(nameof(BadGeometries))]
    public async Task Bad_geometry_is_a_400_naming_geometry_and_writes_nothing(string geometry, string expected)
    {
        var before = await CountAsync();
        var body = Body();
        body["geometry"] = JsonNode.Parse(geometry);

        var message = await (await _client.PostAsJsonAsync(Url, body)).FieldErrorAsync("geometry");

        Assert.Contains(expected, message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Missing_fields_are_named()
    {
        var response = await _client.PostJsonAsync(Url, "{}");
        foreach (var field in new[] { "name", "geometry", "provinceId", "recordingOrganisationId", "evidence", "recordedOn" })
        {
            await response.FieldErrorAsync(field);
        }
    }

    [Fact]
    public async Task A_feature_wrapping_a_polygon_is_accepted()
    {
        var hazard = await RegisterAsync(Body(new { type = "Feature", properties = new { }, geometry = Tarsenia.Square(100.5, 12.5) }));
        Assert.Equal("MultiPolygon", hazard["geometry"]!["type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("recordingOrganisationId", "does not exist")]
    [InlineData("provinceId", "does not exist")]
    [InlineData("districtId", "does not exist")]
    public async Task Unknown_references_are_a_400_naming_the_field(string field, string expected)
    {
        var before = await CountAsync();
        var body = Body();
        body[field] = Guid.NewGuid();
        Assert.Contains(expected, await (await _client.PostAsJsonAsync(Url, body)).FieldErrorAsync(field));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_district_of_another_province_is_rejected()
    {
        var body = Body();
        body["districtId"] = _t.MekholSouthwest;
        Assert.Contains("does not lie in", await (await _client.PostAsJsonAsync(Url, body)).FieldErrorAsync("districtId"));
    }

    [Theory]
    [InlineData("recordedOn", "\"2999-01-01\"")]
    [InlineData("recordedOn", "\"31/12/2020\"")]
    [InlineData("evidence", "\"Rumour\"")]
    [InlineData("deviceCategories[0]", "[\"Landmine\"]")]
    [InlineData("directBeneficiaries.girls", "-1")]
    public async Task Invalid_values_are_a_400_naming_the_field(string field, string json)
    {
        var body = Body();
        var path = field.Split('.');
        if (path.Length == 2)
        {
            body[path[0]] = JsonNode.Parse($"{{\"{path[1]}\": {json}}}");
        }
        else
        {
            body[field.Split('[')[0]] = JsonNode.Parse(json);
        }

        await (await _client.PostAsJsonAsync(Url, body)).FieldErrorAsync(field);
    }

    [Fact]
    public async Task List_filters_by_status_type_province_category_and_bounding_box()
    {
        var inBox = await RegisterAsync(Body(Tarsenia.Square(100.7, 12.7), "Box field"));
        var mekhol = Body(Tarsenia.Square(101.5, 12.2), "Mekhol field");
        mekhol["provinceId"] = _t.Mekhol;
        mekhol["districtId"] = _t.MekholSouthwest;
        mekhol["deviceCategories"] = new[] { "UnexplodedOrdnance" };
        var mekholHazard = await RegisterAsync(mekhol);

        var boxed = await Page($"bbox=100.69,12.69,100.72,12.72");
        Assert.Equal(inBox["summary"]!["id"]!.ToString(), Assert.Single(boxed)["id"]!.ToString());

        var byProvince = await Page($"provinceId={_t.Mekhol}");
        Assert.Contains(byProvince, h => h["id"]!.ToString() == mekholHazard["summary"]!["id"]!.ToString());
        Assert.All(byProvince, h => Assert.Equal("Mekhol", h["provinceName"]!.GetValue<string>()));

        var uxo = await Page("deviceCategory=UnexplodedOrdnance");
        Assert.All(uxo, h => Assert.Contains("UnexplodedOrdnance", h["deviceCategories"]!.AsArray().Select(c => c!.GetValue<string>())));
        Assert.NotEmpty(uxo);

        Assert.All(await Page("type=SHA&status=Open"), h => Assert.Equal("SHA", h["type"]!.GetValue<string>()));
        Assert.Empty(await Page("status=HandedOver"));
        Assert.Single(await Page("search=IMSMA-4711&bbox=101.49,12.19,101.52,12.22"));
    }

    [Fact]
    public async Task List_sorts_and_pages()
    {
        for (var i = 0; i < 3; i++)
        {
            await RegisterAsync(Body(Tarsenia.Square(100.8 + (i * 0.02), 12.9, 0.001 * (i + 1)), $"Sorted {i}"));
        }

        var desc = await Page("search=Sorted&sort=-areaM2&pageSize=2");
        Assert.Equal(["Sorted 2", "Sorted 1"], desc.Select(h => h["name"]!.GetValue<string>()));
        var page2 = await Page("search=Sorted&sort=-areaM2&pageSize=2&page=2");
        Assert.Equal("Sorted 0", Assert.Single(page2)["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("bbox=1,2,3", "bbox")]
    [InlineData("bbox=10,10,5,5", "bbox")]
    [InlineData("sort=colour", "sort")]
    [InlineData("status=Closed", "status")]
    [InlineData("provinceId=not-a-guid", "provinceId")]
    public async Task Bad_list_parameters_are_a_400(string query, string field) =>
        await (await _client.GetAsync($"{Url}?{query}")).FieldErrorAsync(field);

    [Fact]
    public async Task Update_changes_attributes_and_polygon_with_if_match()
    {
        var response = await _client.PostAsJsonAsync(Url, Body(Tarsenia.Square(100.2, 13.0)));
        var id = (await response.JsonAsync())["summary"]!["id"]!.ToString();
        var body = Body(Tarsenia.Square(100.2, 13.0, 0.02), "Redrawn field");

        var updated = await _client.PutJsonAsync($"{Url}/{id}", body, response.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var summary = (await updated.JsonAsync())["summary"]!;
        Assert.Equal("Redrawn field", summary["name"]!.GetValue<string>());
        Assert.InRange(summary["areaM2"]!.GetValue<double>(), 4_700_000, 4_900_000);

        var stale = await _client.PutJsonAsync($"{Url}/{id}", Body(name: "Lost"), response.Headers.ETag!.ToString());
        await stale.ProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await _client.PutJsonAsync($"{Url}/{id}", Body(name: "Lost"), null)).ProblemAsync(HttpStatusCode.PreconditionRequired);
        var bad = Body(JsonNode.Parse("""{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}"""));
        await (await _client.PutJsonAsync($"{Url}/{id}", bad, updated.Headers.ETag!.ToString())).FieldErrorAsync("geometry");
    }

    [Fact]
    public async Task Confirm_turns_sha_into_cha_once()
    {
        var id = (await RegisterAsync(Body(Tarsenia.Square(100.6, 13.2))))["summary"]!["id"]!.ToString();

        await (await _client.PostAsJsonAsync($"{Url}/{id}/confirm", new { note = "x" })).FieldErrorAsync("confirmedOn");
        var future = await _client.PostAsJsonAsync($"{Url}/{id}/confirm", new { confirmedOn = "2999-01-01", note = "AP mine found" });
        Assert.Equal("CONFIRMATION_DATE_INVALID", (await future.ProblemAsync(HttpStatusCode.UnprocessableEntity))["code"]!.GetValue<string>());

        var confirmed = await _client.PostAsJsonAsync($"{Url}/{id}/confirm", new { confirmedOn = "2024-05-02", note = "PMN-2 found at the field edge" });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var body = await confirmed.JsonAsync();
        Assert.Equal("CHA", body["summary"]!["type"]!.GetValue<string>());
        Assert.Equal("Direct", body["summary"]!["evidence"]!.GetValue<string>());
        Assert.Equal("2024-05-02", body["confirmedOn"]!.GetValue<string>());

        var again = await _client.PostAsJsonAsync($"{Url}/{id}/confirm", new { confirmedOn = "2024-05-03", note = "again" });
        Assert.Equal("HAZARD_ALREADY_CONFIRMED", (await again.ProblemAsync(HttpStatusCode.UnprocessableEntity))["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Archive_keeps_the_record_readable_but_out_of_lists()
    {
        var id = (await RegisterAsync(Body(Tarsenia.Square(100.9, 13.3), "Duplicate entry")))["summary"]!["id"]!.ToString();
        await (await _client.PostAsJsonAsync($"{Url}/{id}/archive", new { })).FieldErrorAsync("reason");

        var archived = await _client.PostAsJsonAsync($"{Url}/{id}/archive", new { reason = "Entered twice; see HA-XTA-000001" });
        Assert.Equal(HttpStatusCode.OK, archived.StatusCode);

        Assert.Empty(await Page("search=Duplicate entry"));
        Assert.Single(await Page("search=Duplicate entry&includeArchived=true"));
        var detail = await (await _client.GetAsync($"{Url}/{id}")).JsonAsync();
        Assert.Equal("Entered twice; see HA-XTA-000001", detail["archiveReason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_hazard_is_404()
    {
        await (await _client.GetAsync($"{Url}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        var confirm = await _client.PostAsJsonAsync($"{Url}/{Guid.NewGuid()}/confirm", new { confirmedOn = "2024-01-01", note = "n" });
        await confirm.ProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<List<JsonNode>> Page(string query)
    {
        var size = query.Contains("pageSize=", StringComparison.Ordinal) ? string.Empty : "&pageSize=500";
        var page = await (await _client.GetAsync($"{Url}?{query}{size}")).JsonAsync();
        return page["items"]!.AsArray().Select(i => i!).ToList();
    }

    [GeneratedRegex("^HA-XTA-\\d{6}$")]
    private static partial Regex CodePattern();
}
