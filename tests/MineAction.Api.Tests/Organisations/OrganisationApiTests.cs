using Microsoft.EntityFrameworkCore;

namespace MineAction.Api.Tests.Organisations;

public sealed class OrganisationApiTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private const string Url = "/api/v1/organisations";
    private readonly HttpClient _client = app.ClientFor(Roles.InformationManager);

    private static object Body(string name = "Mine Clearance Tarsenia", string acronym = "MCT", string type = "NationalNgo",
        string country = "XTA") => new { name, acronym, type, countryCode = country };

    private async Task<int> CountAsync()
    {
        await using var db = app.Db();
        return await db.Organisations.CountAsync();
    }

    [Fact]
    public async Task Create_returns_201_with_location_etag_and_stamps()
    {
        var response = await _client.PostAsJsonAsync(Url, Body(acronym: "NEW1"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        var body = await response.JsonAsync();
        Assert.Equal($"/api/v1/organisations/{body["id"]}", response.Headers.Location!.OriginalString);
        Assert.Equal("NEW1", body["acronym"]!.GetValue<string>());
        Assert.Equal(22, body["iatiTypeCode"]!.GetValue<int>());
        Assert.Equal("im@tarsenia.example", body["createdBy"]!.GetValue<string>());

        var fetched = await _client.GetAsync($"{Url}/{body["id"]}");
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        Assert.Equal(response.Headers.ETag, fetched.Headers.ETag);
    }

    [Fact]
    public async Task Get_unknown_id_is_404_problem()
    {
        var body = await (await _client.GetAsync($"{Url}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("was not found", body["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Missing_fields_are_each_named_and_nothing_is_written()
    {
        var before = await CountAsync();
        var response = await _client.PostJsonAsync(Url, "{}");

        foreach (var field in new[] { "name", "acronym", "type", "countryCode" })
        {
            Assert.NotEmpty(await response.FieldErrorAsync(field));
        }

        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("{\"name\": 12, \"acronym\": \"A\", \"type\": \"NationalNgo\", \"countryCode\": \"XTA\"}", "name")]
    [InlineData("{\"name\": \"A\", \"acronym\": \"A\", \"type\": \"Banana\", \"countryCode\": \"XTA\"}", "type")]
    [InlineData("{\"name\": \"A\", \"acronym\": \"A\", \"type\": 22, \"countryCode\": \"XTA\"}", "type")]
    [InlineData("{\"name\": \"A\", \"acronym\": \"A\", \"type\": \"NationalNgo\", \"countryCode\": \"ZZZ\"}", "countryCode")]
    [InlineData("{\"name\": \"A\", \"acronym\": \"A\", \"type\": \"NationalNgo\", \"countryCode\": \"gbr\"}", "countryCode")]
    [InlineData("{\"name\": \"A\", \"acronym\": \"A\", \"type\": \"NationalNgo\"", "body")]
    [InlineData("", "body")]
    public async Task Bad_input_is_a_400_naming_the_field(string json, string field)
    {
        var before = await CountAsync();
        await (await _client.PostJsonAsync(Url, json)).FieldErrorAsync(field);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Overlong_name_is_rejected()
    {
        var response = await _client.PostAsJsonAsync(Url, Body(name: new string('x', 201), acronym: "LONG"));
        Assert.Contains("200", await response.FieldErrorAsync("name"));
    }

    [Fact]
    public async Task Duplicate_acronym_in_the_same_country_is_rejected_case_insensitively()
    {
        var before = await CountAsync();
        var message = await (await _client.PostAsJsonAsync(Url, Body(acronym: "tdo"))).FieldErrorAsync("acronym");

        Assert.Contains("already exists", message);
        Assert.Equal(before, await CountAsync());
        // The same acronym in another country is another organisation.
        Assert.Equal(HttpStatusCode.Created, (await _client.PostAsJsonAsync(Url, Body(acronym: "TDO", country: "KHM"))).StatusCode);
    }

    [Fact]
    public async Task List_searches_filters_sorts_and_pages()
    {
        var page = await _client.GetFromJsonAsync<Page>($"{Url}?search=nations&sort=-name&pageSize=2");
        Assert.Equal(3, page!.TotalCount);
        Assert.Equal(2, page.Items.Count);
        Assert.Equal(["United Nations Mine Action Service", "United Nations Development Programme"], page.Items.Select(i => i.Name));

        var second = await _client.GetFromJsonAsync<Page>($"{Url}?search=nations&sort=-name&pageSize=2&page=2");
        Assert.Equal("United Nations Children's Fund", Assert.Single(second!.Items).Name);

        var ngos = await _client.GetFromJsonAsync<Page>($"{Url}?type=InternationalNgo&countryCode=GBR&pageSize=500");
        Assert.Equal(["HALO", "MAG"], ngos!.Items.Select(i => i.Acronym).Order());

        var byAcronym = await _client.GetFromJsonAsync<Page>($"{Url}?search=gichd");
        Assert.Equal("GICHD", Assert.Single(byAcronym!.Items).Acronym);

        var literal = await _client.GetFromJsonAsync<Page>($"{Url}?search=%25");
        Assert.Empty(literal!.Items);
    }

    [Theory]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("sort=colour", "sort")]
    [InlineData("type=Banana", "type")]
    public async Task Bad_list_parameters_are_a_400_naming_the_parameter(string query, string field) =>
        await (await _client.GetAsync($"{Url}?{query}")).FieldErrorAsync(field);

    [Fact]
    public async Task Update_needs_if_match_and_detects_concurrent_edits()
    {
        var created = await _client.PostAsJsonAsync(Url, Body(acronym: "UPD"));
        var id = (await created.JsonAsync())["id"]!.ToString();
        var etag = created.Headers.ETag!.ToString();

        var noIfMatch = await _client.PutJsonAsync($"{Url}/{id}", Body(name: "Renamed", acronym: "UPD"), null);
        await noIfMatch.ProblemAsync(HttpStatusCode.PreconditionRequired);

        var updated = await _client.PutJsonAsync($"{Url}/{id}", Body(name: "Renamed", acronym: "UPD"), etag);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.NotEqual(etag, updated.Headers.ETag!.ToString());

        var stale = await _client.PutJsonAsync($"{Url}/{id}", Body(name: "Lost update", acronym: "UPD"), etag);
        await stale.ProblemAsync(HttpStatusCode.PreconditionFailed);
        var current = await (await _client.GetAsync($"{Url}/{id}")).JsonAsync();
        Assert.Equal("Renamed", current["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_validates_like_create()
    {
        var created = await _client.PostAsJsonAsync(Url, Body(acronym: "UPV"));
        var id = (await created.JsonAsync())["id"]!.ToString();
        var response = await _client.PutJsonAsync($"{Url}/{id}", Body(acronym: "HALO", country: "GBR"), created.Headers.ETag!.ToString());
        await response.FieldErrorAsync("acronym");
        var unknown = await _client.PutJsonAsync($"{Url}/{Guid.NewGuid()}", Body(acronym: "X1"), "\"1\"");
        await unknown.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Archive_needs_a_reason_hides_from_lists_and_blocks_edits()
    {
        var created = await _client.PostAsJsonAsync(Url, Body(name: "Defunct Demining", acronym: "DEF"));
        var id = (await created.JsonAsync())["id"]!.ToString();

        await (await _client.PostAsJsonAsync($"{Url}/{id}/archive", new { reason = " " })).FieldErrorAsync("reason");

        var archived = await _client.PostAsJsonAsync($"{Url}/{id}/archive", new { reason = "Organisation dissolved in 2024" });
        Assert.Equal(HttpStatusCode.OK, archived.StatusCode);
        var body = await archived.JsonAsync();
        Assert.Equal("Organisation dissolved in 2024", body["archiveReason"]!.GetValue<string>());

        Assert.Empty((await _client.GetFromJsonAsync<Page>($"{Url}?search=Defunct"))!.Items);
        Assert.Single((await _client.GetFromJsonAsync<Page>($"{Url}?search=Defunct&includeArchived=true"))!.Items);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"{Url}/{id}")).StatusCode);

        var edit = await _client.PutJsonAsync($"{Url}/{id}", Body(acronym: "DEF"), archived.Headers.ETag!.ToString());
        var problem = await edit.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("RECORD_ARCHIVED", problem["code"]!.GetValue<string>());

        var again = await _client.PostAsJsonAsync($"{Url}/{id}/archive", new { reason = "twice" });
        Assert.Equal("ALREADY_ARCHIVED", (await again.ProblemAsync(HttpStatusCode.UnprocessableEntity))["code"]!.GetValue<string>());

        // Its acronym is free again for a new organisation.
        Assert.Equal(HttpStatusCode.Created, (await _client.PostAsJsonAsync(Url, Body(acronym: "DEF"))).StatusCode);
    }

    private sealed record Item(Guid Id, string Name, string Acronym);

    private sealed record Page(List<Item> Items, int TotalCount);
}
