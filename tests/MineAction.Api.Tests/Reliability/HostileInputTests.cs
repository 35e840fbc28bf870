using System.Text;

namespace MineAction.Api.Tests.Reliability;

/// <summary>
/// The requests that answered 500 or stored poison when tried as an attacker and a careless integrator would: each now gets a clear 4xx
/// ProblemDetails naming what to fix, and nothing is written.
/// </summary>
public sealed class HostileInputTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Scenario _s = new(app);
    private HttpClient Im => app.ClientFor(Roles.InformationManager);

    private static StringContent Json(string json, string contentType = "application/json") =>
        new(json, Encoding.UTF8, new System.Net.Http.Headers.MediaTypeHeaderValue(contentType.Split(';')[0])
        {
            CharSet = contentType.Contains("charset=", StringComparison.Ordinal) ? contentType.Split("charset=")[1] : null,
        });

    private static string Organisation(string name) => new JsonObject
    {
        ["name"] = name, ["acronym"] = "H" + Guid.NewGuid().ToString("N")[..6], ["type"] = "NationalNgo", ["countryCode"] = "XTA",
    }.ToJsonString();

    [Fact]
    public async Task An_unknown_charset_is_415_not_500()
    {
        var response = await Im.PostAsync("/api/v1/organisations", Json(Organisation("Charset Demining"), "application/json; charset=bogus"));
        Assert.Equal("CHARSET_NOT_SUPPORTED", await response.RuleAsync(HttpStatusCode.UnsupportedMediaType));
    }

    [Theory]
    [InlineData("Nul\u0000Demining")]
    [InlineData("Bell\u0007Demining")]
    [InlineData("Non\uFFFFcharacter")]
    public async Task Text_that_is_not_text_is_refused_naming_the_field(string name)
    {
        var response = await Im.PostAsync("/api/v1/organisations", Json(Organisation(name)));
        Assert.Contains("not text", await response.FieldErrorAsync("name"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nul_in_a_search_is_refused()
    {
        var response = await Im.GetAsync("/api/v1/hazardous-areas?search=a%00b");
        Assert.Contains("not text", await response.FieldErrorAsync("search"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Amounts_beyond_what_the_database_stores_and_missing_nested_objects_are_400()
    {
        var halo = await _s.OrganisationIdAsync("HALO");
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(RequestBodies.Capacity(halo)))!;
        body["figures"]!["nationalBudgetUsd"] = 1e28m;
        await (await Im.PostAsJsonAsync("/api/v1/capacity", body)).FieldErrorAsync("figures.nationalBudgetUsd");

        body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(RequestBodies.Capacity(halo)))!;
        body["figures"]!["teams"] = null;
        await (await Im.PostAsJsonAsync("/api/v1/capacity", body)).FieldErrorAsync("figures.teams");
        body["figures"]!.AsObject().Remove("teams");
        await (await Im.PostAsJsonAsync("/api/v1/capacity", body)).FieldErrorAsync("figures.teams");
    }

    [Fact]
    public async Task Dates_outside_1900_to_2100_are_refused_and_reports_keep_working()
    {
        var t = await Tarsenia.LoadAsync(app);
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(RequestBodies.EoreSession(t, t.Kandara, t.Halo)))!;
        body["heldOn"] = "0001-01-01";
        Assert.Contains("between 1900-01-01 and 2100-12-31", await (await Im.PostAsJsonAsync("/api/v1/eore-sessions", body)).FieldErrorAsync("heldOn"),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Im.GetAsync("/api/v1/eore-sessions/totals")).StatusCode);
    }

    [Fact]
    public async Task A_comma_combined_enum_an_unknown_district_are_refused()
    {
        var t = await Tarsenia.LoadAsync(app);
        var va = app.ClientFor(Roles.VictimAssistanceOfficer);
        JsonObject Accident() => new()
        {
            ["occurredOn"] = "2024-05-01", ["location"] = JsonNode.Parse("""{"type":"Point","coordinates":[100.3,12.3]}"""), ["provinceId"] = t.Kandara,
            ["deviceCategory"] = "AntiPersonnelMine", ["activityAtTime"] = "Farming", ["killed"] = 0, ["injured"] = 1,
        };
        var combined = Accident();
        combined["activityAtTime"] = "Farming,Herding";
        await (await va.PostAsJsonAsync("/api/v1/accidents", combined)).FieldErrorAsync("activityAtTime");
        var elsewhere = Accident();
        elsewhere["districtId"] = Guid.NewGuid();
        await (await va.PostAsJsonAsync("/api/v1/accidents", elsewhere)).FieldErrorAsync("districtId");
        var otherProvince = Accident();
        otherProvince["districtId"] = t.MekholSouthwest;
        Assert.Contains("does not lie in the given province", await (await va.PostAsJsonAsync("/api/v1/accidents", otherProvince)).FieldErrorAsync("districtId"),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_are_bounded_and_take_no_empty_items()
    {
        var t = await Tarsenia.LoadAsync(app);
        var (lon, lat) = Ledger.NextCell();
        var hazard = new JsonObject
        {
            ["name"] = "Bounded lists", ["geometry"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Tarsenia.Square(lon, lat))),
            ["provinceId"] = t.Kandara, ["recordingOrganisationId"] = t.Halo, ["evidence"] = "Direct", ["recordedOn"] = "2024-01-01",
            ["deviceCategories"] = new JsonArray("AntiPersonnelMine", null),
        };
        await (await Im.PostAsJsonAsync("/api/v1/hazardous-areas", hazard)).FieldErrorAsync("deviceCategories[1]");
        hazard["deviceCategories"] = new JsonArray([.. Enumerable.Range(0, 1001).Select(_ => (JsonNode?)JsonValue.Create("AntiPersonnelMine"))]);
        Assert.Contains("at most 1000 items", await (await Im.PostAsJsonAsync("/api/v1/hazardous-areas", hazard)).FieldErrorAsync("deviceCategories"),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[[[-90,0],[90,0],[90,10],[-90,10],[-90,0]]]", "longitude first")] // antipodal
    [InlineData("[[[-170,0],[170,0],[170,1],[-170,1],[-170,0]]]", "longitude first")]
    [InlineData("[[[2.30,48.80],[2.31,48.80],[2.31,48.81],[2.30,48.81],[2.30,48.80]]]", "outside the programme's country")] // another continent
    [InlineData("[[[-100.30,12.30],[-100.29,12.30],[-100.29,12.31],[-100.30,12.31],[-100.30,12.30]]]", "outside the programme's country")] // sign lost
    public async Task A_polygon_across_half_the_globe_or_outside_the_country_is_refused(string rings, string expected)
    {
        var t = await Tarsenia.LoadAsync(app);
        var hazard = new JsonObject
        {
            ["name"] = "Elsewhere", ["geometry"] = new JsonObject { ["type"] = "Polygon", ["coordinates"] = JsonNode.Parse(rings) },
            ["provinceId"] = t.Kandara, ["recordingOrganisationId"] = t.Halo, ["evidence"] = "Direct", ["recordedOn"] = "2024-01-01",
        };
        Assert.Contains(expected, await (await Im.PostAsJsonAsync("/api/v1/hazardous-areas", hazard)).FieldErrorAsync("geometry"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accidents_and_risk_education_far_outside_the_country_are_refused()
    {
        var t = await Tarsenia.LoadAsync(app);
        var paris = new { type = "Point", coordinates = new[] { 2.35, 48.85 } };
        var accident = await Im.PostAsJsonAsync("/api/v1/accidents", new
        {
            occurredOn = "2024-05-01", location = paris, provinceId = t.Kandara, deviceCategory = "AntiPersonnelMine",
            activityAtTime = "CollectingWood", killed = 0, injured = 1,
        });
        Assert.Contains("outside the programme's country", await accident.FieldErrorAsync("location"), StringComparison.Ordinal);
        var session = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(RequestBodies.EoreSession(t, t.Kandara, t.Halo)))!;
        session["location"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(paris));
        await (await Im.PostAsJsonAsync("/api/v1/eore-sessions", session)).FieldErrorAsync("location");
    }

    [Fact]
    public async Task An_accident_without_province_is_placed_by_its_point_and_a_wrong_one_is_422()
    {
        var t = await Tarsenia.LoadAsync(app);
        object Accident(Guid? province) => new
        {
            occurredOn = "2024-05-01", location = new { type = "Point", coordinates = t.Centre(t.MekholSouthwest) }, provinceId = province,
            deviceCategory = "AntiPersonnelMine", activityAtTime = "CollectingWood", killed = 0, injured = 1,
        };
        var placed = await Im.PostAsync<Application.People.AccidentDto>("/api/v1/accidents", Accident(null));
        Assert.Equal((t.Mekhol, t.MekholSouthwest), (placed.ProvinceId, placed.DistrictId));
        Assert.Equal("LOCATION_OUTSIDE_ADMIN_AREA", await (await Im.PostAsJsonAsync("/api/v1/accidents", Accident(t.Veyra))).RuleAsync());
    }

    [Theory]
    [InlineData("/api/v1/hazardous-areas?page=2147483647", "page")]
    [InlineData("/api/v1/hazardous-areas?bbox=NaN,NaN,NaN,NaN", "bbox")]
    [InlineData("/api/v1/hazardous-areas?bbox=-Infinity,0,1,1", "bbox")]
    public async Task Extreme_query_values_are_400(string url, string field) =>
        await (await Im.GetAsync(url)).FieldErrorAsync(field);

    [Fact]
    public async Task A_return_url_with_a_tab_does_not_leave_the_site_or_fail()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "nobody@tarsenia.example", ["password"] = "wrong", ["returnUrl"] = "/\t/evil.example",
        }));
        Assert.True(login.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.BadRequest, $"{login.StatusCode}");
        Assert.DoesNotContain("evil.example", login.Headers.Location?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_cell_that_would_run_as_a_formula_is_neutralised()
    {
        var name = "=HYPERLINK(\"http://evil.example\",\"Click\")";
        var created = await Im.PostAsync("/api/v1/organisations", Json(Organisation(name)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var csv = await Im.GetStringAsync("/api/v1/organisations/export.csv?search=HYPERLINK");
        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\n=HYPERLINK", csv, StringComparison.Ordinal);
    }
}
