using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MineAction.Application.Hazards;
using MineAction.Domain.Hazards;

namespace MineAction.Api.Tests.Hazards;

public sealed partial class HazardApiTests(MineActionApp app) : IClassFixture<MineActionApp>, IAsyncLifetime
{
    private const string Url = "/api/v1/hazardous-areas";
    private readonly HttpClient _client = app.ClientFor(Roles.InformationManager);
    private Tarsenia _t = null!;

    public async Task InitializeAsync() => _t = await Tarsenia.LoadAsync(app);

    public Task DisposeAsync() => Task.CompletedTask;

    private static int s_imsmaIds = 4800;

    private Dictionary<string, object?> Body(object? geometry = null, string name = "Kandara rice field") => new()
    {
        ["name"] = name,
        ["geometry"] = geometry ?? Tarsenia.Square(100.1, 12.1),
        ["provinceId"] = _t.Kandara,
        ["recordingOrganisationId"] = _t.Halo,
        ["deviceCategories"] = new[] { "AntiPersonnelMine", "Submunition" },
        ["evidence"] = "Indirect",
        ["landUseBlocked"] = new[] { "Agriculture" },
        ["directBeneficiaries"] = new { girls = 10, boys = 12, women = 20, men = 18 },
        ["recordedOn"] = "2024-03-01",
        ["externalImsmaId"] = $"IMSMA-{Interlocked.Increment(ref s_imsmaIds)}",
    };

    private async Task<HazardDetailDto> RegisterAsync(Dictionary<string, object?> body)
    {
        var response = await _client.PostAsJsonAsync(Url, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<HazardDetailDto>();
    }

    /// <summary>The geometry as the API wrote it (GeoJSON).</summary>
    private async Task<JsonObject> GeometryAsync(Guid id) => (await (await _client.GetAsync($"{Url}/{id}")).JsonAsync())["geometry"]!.AsObject();

    private async Task<int> CountAsync()
    {
        await using var db = app.Db();
        return await db.HazardousAreas.CountAsync();
    }

    [Fact]
    public async Task Register_assigns_the_code_and_computes_the_area_in_postgis()
    {
        var summary = (await RegisterAsync(Body())).Summary;
        Assert.Matches(CodePattern(), summary.Code);
        Assert.InRange(summary.AreaM2, 1_195_000, 1_215_000); // 0.01° × 0.01° at 12.1° N
    }

    [Fact]
    public async Task A_new_hazard_is_an_open_sha_with_its_names_and_beneficiaries()
    {
        var hazard = await RegisterAsync(Body());
        Assert.Equal((HazardType.SHA, HazardStatus.Open), (hazard.Summary.Type, hazard.Summary.Status));
        Assert.Equal(("Kandara", "HALO"), (hazard.Summary.ProvinceName, hazard.Summary.RecordingOrganisationAcronym));
        Assert.Equal(60, hazard.DirectBeneficiaries.Total);
    }

    [Fact]
    public async Task The_polygon_comes_back_as_a_geojson_multipolygon()
    {
        var geometry = await GeometryAsync((await RegisterAsync(Body())).Summary.Id);
        Assert.Equal("MultiPolygon", geometry["type"]!.GetValue<string>());
        Assert.Equal(5, geometry["coordinates"]![0]![0]!.AsArray().Count);
    }

    [Fact]
    public async Task A_clockwise_polygon_comes_back_counter_clockwise_as_rfc_7946_requires()
    {
        var clockwise = new { type = "Polygon", coordinates = new[] { new[] { new[] { 100.6, 12.6 }, [100.6, 12.61], [100.61, 12.61], [100.61, 12.6], [100.6, 12.6] } } };
        var geometry = await GeometryAsync((await RegisterAsync(Body(clockwise))).Summary.Id);
        Assert.True(Rings.TwiceSignedArea(Rings.Exterior(geometry)) > 0, "the exterior ring came back clockwise");
    }

    [Fact]
    public async Task Codes_are_sequential_and_unique()
    {
        var a = (await RegisterAsync(Body(Tarsenia.Square(100.3, 12.3)))).Summary.Code;
        var b = (await RegisterAsync(Body(Tarsenia.Square(100.4, 12.3)))).Summary.Code;
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
        {
            """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[100.1,12.1],[100.2,12.1],[100.2,12.2],[100.1,12.1]]]}}]}""",
            "send one Feature or geometry"
        },
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

    [Theory]
    [InlineData("type", "CHA")]
    [InlineData("confirmedOn", "2024-01-01")]
    [InlineData("colour", "red")]
    public async Task A_field_the_request_does_not_define_is_refused_by_name_not_ignored(string field, string value)
    {
        var before = await CountAsync();
        var body = Body();
        body[field] = value;

        var message = await (await _client.PostAsJsonAsync(Url, body)).FieldErrorAsync(field);

        Assert.Contains("not a field", message, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Missing_fields_are_named()
    {
        var response = await _client.PostJsonAsync(Url, "{}");
        foreach (var field in new[] { "name", "geometry", "recordingOrganisationId", "evidence", "recordedOn" })
        {
            await response.FieldErrorAsync(field);
        }
    }

    [Fact]
    public async Task Without_province_and_district_the_polygon_places_itself()
    {
        var body = Body(Tarsenia.Square(101.5, 12.4), "Placed by PostGIS");
        body.Remove("provinceId");
        var hazard = (await RegisterAsync(body)).Summary;
        Assert.Equal((_t.Mekhol, _t.MekholSouthwest), (hazard.ProvinceId, hazard.DistrictId));
    }

    [Fact]
    public async Task A_stated_province_the_polygon_is_not_in_is_422_naming_where_it_lies()
    {
        var body = Body(Tarsenia.Square(101.5, 12.4), "Wrong province");
        var problem = await (await _client.PostAsJsonAsync(Url, body)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("LOCATION_OUTSIDE_ADMIN_AREA", problem["code"]!.GetValue<string>());
        Assert.Contains("Mekhol (XTA-02)", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(problem["errors"]!["provinceId"]);
    }

    [Fact]
    public async Task Within_the_tolerance_of_a_border_the_stated_province_stands()
    {
        // A field about 110 m inside Mekhol (the border runs at 101.2° E), stated as Kandara: within the 500 m tolerance.
        var body = Body(Tarsenia.Square(101.201, 12.4, 0.002), "Border field");
        Assert.Equal(_t.Kandara, (await RegisterAsync(body)).Summary.ProvinceId);
    }

    [Fact]
    public async Task A_feature_wrapping_a_polygon_is_accepted()
    {
        var hazard = await RegisterAsync(Body(new { type = "Feature", properties = new { }, geometry = Tarsenia.Square(100.5, 12.5) }));
        Assert.Equal("MultiPolygon", (await GeometryAsync(hazard.Summary.Id))["type"]!.GetValue<string>());
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
    [InlineData("recordedOn", "\"2099-01-01\"")]
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

    /// <summary>Two hazards to filter: one in a box of Kandara, one in Mekhol with UXO.</summary>
    private Task<(HazardDetailDto InBox, HazardDetailDto Mekhol)> FilteredPairAsync() => app.OnceAsync("filtered pair", async () =>
    {
        var inBox = await RegisterAsync(Body(Tarsenia.Square(100.7, 12.7), "Box field"));
        var mekhol = Body(Tarsenia.Square(101.5, 12.2), "Mekhol field");
        mekhol["provinceId"] = _t.Mekhol;
        mekhol["districtId"] = _t.MekholSouthwest;
        mekhol["deviceCategories"] = new[] { "UnexplodedOrdnance" };
        mekhol["externalImsmaId"] = "IMSMA-4711";
        return (inBox, await RegisterAsync(mekhol));
    });

    [Fact]
    public async Task An_external_id_names_one_hazard_of_its_organisation()
    {
        var first = Body(Tarsenia.Square(100.31, 12.31));
        first["externalImsmaId"] = "IMSMA-ONE";
        var held = await RegisterAsync(first);
        var again = Body(Tarsenia.Square(100.33, 12.33));
        again["externalImsmaId"] = " IMSMA-ONE ";
        var refused = await _client.PostAsJsonAsync(Url, again);
        var problem = await refused.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("EXTERNAL_ID_TAKEN", problem["code"]?.GetValue<string>());
        Assert.Contains(held.Summary.Code, problem["errors"]!["externalImsmaId"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        again["recordingOrganisationId"] = _t.Tdo; // another organisation's IMSMA may use the same number
        await RegisterAsync(again);
        var (id, etag) = await RegisteredAsync(100.35, 12.35);
        var update = Body(Tarsenia.Square(100.35, 12.35));
        update["externalImsmaId"] = "IMSMA-ONE";
        await (await _client.PutJsonAsync($"{Url}/{id}", update, etag)).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_list_filters_by_bounding_box()
    {
        var (inBox, _) = await FilteredPairAsync();
        Assert.Equal(inBox.Summary.Id, Assert.Single(await Page("bbox=100.69,12.69,100.72,12.72")).Id);
    }

    [Fact]
    public async Task The_list_filters_by_province()
    {
        var (_, mekhol) = await FilteredPairAsync();
        var byProvince = await Page($"provinceId={_t.Mekhol}");
        Assert.Contains(byProvince, h => h.Id == mekhol.Summary.Id);
        Assert.All(byProvince, h => Assert.Equal("Mekhol", h.ProvinceName));
    }

    [Fact]
    public async Task The_list_filters_by_device_category()
    {
        await FilteredPairAsync();
        var uxo = await Page("deviceCategory=UnexplodedOrdnance");
        Assert.NotEmpty(uxo);
        Assert.All(uxo, h => Assert.Contains(DeviceCategory.UnexplodedOrdnance, h.DeviceCategories));
    }

    [Fact]
    public async Task The_list_filters_by_type_status_and_search()
    {
        await FilteredPairAsync();
        Assert.All(await Page("type=SHA&status=Open"), h => Assert.Equal(HazardType.SHA, h.Type));
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
        Assert.Equal(["Sorted 2", "Sorted 1"], desc.Select(h => h.Name));
        var page2 = await Page("search=Sorted&sort=-areaM2&pageSize=2&page=2");
        Assert.Equal("Sorted 0", Assert.Single(page2).Name);
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

    /// <summary>A hazard as registered, with the ETag of that answer.</summary>
    private async Task<(Guid Id, string ETag)> RegisteredAsync(double lon, double lat)
    {
        var response = await _client.PostAsJsonAsync(Url, Body(Tarsenia.Square(lon, lat)));
        return ((await response.ReadAsync<HazardDetailDto>()).Summary.Id, response.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task An_update_changes_attributes_and_redraws_the_polygon()
    {
        var (id, etag) = await RegisteredAsync(100.2, 13.0);
        var updated = await _client.PutJsonAsync($"{Url}/{id}", Body(Tarsenia.Square(100.2, 13.0, 0.02), "Redrawn field"), etag).ReadAsync<HazardDetailDto>();
        Assert.Equal("Redrawn field", updated.Summary.Name);
        Assert.InRange(updated.Summary.AreaM2, 4_700_000, 4_900_000);
    }

    [Fact]
    public async Task An_update_with_a_stale_etag_is_refused()
    {
        var (id, etag) = await RegisteredAsync(100.25, 13.0);
        await _client.PutJsonAsync($"{Url}/{id}", Body(Tarsenia.Square(100.25, 13.0), "First"), etag).ReadAsync<HazardDetailDto>();
        await (await _client.PutJsonAsync($"{Url}/{id}", Body(name: "Lost"), etag)).ProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task An_update_without_if_match_is_refused()
    {
        var (id, _) = await RegisteredAsync(100.3, 13.0);
        var problem = await (await _client.PutJsonAsync($"{Url}/{id}", Body(name: "Lost"), null)).ProblemAsync(HttpStatusCode.PreconditionRequired);
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc6585#section-3", problem["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_update_with_a_bad_polygon_is_a_400_on_geometry()
    {
        var (id, etag) = await RegisteredAsync(100.35, 13.0);
        var bad = Body(JsonNode.Parse("""{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}"""));
        await (await _client.PutJsonAsync($"{Url}/{id}", bad, etag)).FieldErrorAsync("geometry");
    }

    private Task<HttpResponseMessage> ConfirmAsync(Guid id, object body) => _client.PostAsJsonAsync($"{Url}/{id}/confirm", body);

    [Fact]
    public async Task A_confirmation_needs_a_date_that_is_not_in_the_future()
    {
        var id = (await RegisterAsync(Body(Tarsenia.Square(100.6, 13.2)))).Summary.Id;
        await (await ConfirmAsync(id, new { note = "x" })).FieldErrorAsync("confirmedOn");
        Assert.Equal("CONFIRMATION_DATE_INVALID", await (await ConfirmAsync(id, new { confirmedOn = "2099-01-01", note = "AP mine found" })).RuleAsync());
    }

    [Fact]
    public async Task Confirmation_turns_an_sha_into_a_cha_on_direct_evidence()
    {
        var id = (await RegisterAsync(Body(Tarsenia.Square(100.65, 13.2)))).Summary.Id;
        var confirmed = await ConfirmAsync(id, new { confirmedOn = "2024-05-02", note = "PMN-2 found at the field edge" }).ReadAsync<HazardDetailDto>();
        Assert.Equal((HazardType.CHA, Evidence.Direct, new DateOnly(2024, 5, 2)), (confirmed.Summary.Type, confirmed.Summary.Evidence, confirmed.ConfirmedOn));
    }

    [Fact]
    public async Task A_hazard_is_confirmed_once()
    {
        var id = (await RegisterAsync(Body(Tarsenia.Square(100.7, 13.2)))).Summary.Id;
        await ConfirmAsync(id, new { confirmedOn = "2024-05-02", note = "PMN-2 found at the field edge" }).ReadAsync<HazardDetailDto>();
        Assert.Equal("HAZARD_ALREADY_CONFIRMED", await (await ConfirmAsync(id, new { confirmedOn = "2024-05-03", note = "again" })).RuleAsync());
    }

    [Fact]
    public async Task An_archive_needs_a_reason()
    {
        var id = (await RegisterAsync(Body(Tarsenia.Square(100.85, 13.3), "Kept entry"))).Summary.Id;
        await (await _client.PostAsJsonAsync($"{Url}/{id}/archive", new { })).FieldErrorAsync("reason");
    }

    [Fact]
    public async Task An_archived_hazard_leaves_the_lists_but_stays_readable()
    {
        var id = (await RegisterAsync(Body(Tarsenia.Square(100.9, 13.3), "Duplicate entry"))).Summary.Id;
        await _client.PostAsJsonAsync($"{Url}/{id}/archive", new { reason = "Entered twice; see HA-XTA-000001" }).ReadAsync<HazardDetailDto>();

        Assert.Empty(await Page("search=Duplicate entry"));
        Assert.Single(await Page("search=Duplicate entry&includeArchived=true"));
        Assert.Equal("Entered twice; see HA-XTA-000001", (await _client.GetAsync<HazardDetailDto>($"{Url}/{id}")).ArchiveReason);
    }

    [Fact]
    public async Task Unknown_hazard_is_404()
    {
        await (await _client.GetAsync($"{Url}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        var confirm = await _client.PostAsJsonAsync($"{Url}/{Guid.NewGuid()}/confirm", new { confirmedOn = "2024-01-01", note = "n" });
        await confirm.ProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<IReadOnlyList<HazardSummaryDto>> Page(string query)
    {
        var size = query.Contains("pageSize=", StringComparison.Ordinal) ? string.Empty : "&pageSize=500";
        return (await _client.GetAsync<PagedResult<HazardSummaryDto>>($"{Url}?{query}{size}")).Items;
    }

    [GeneratedRegex("^HA-XTA-\\d{6}$")]
    private static partial Regex CodePattern();
}
