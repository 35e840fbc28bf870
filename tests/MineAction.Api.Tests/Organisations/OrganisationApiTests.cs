using Microsoft.EntityFrameworkCore;
using MineAction.Application.Organisations;
using MineAction.Domain.Organisations;

namespace MineAction.Api.Tests.Organisations;

/// <summary>The organisation register: create, validate, list, update with row versions, archive.</summary>
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

    private async Task<(OrganisationDto Organisation, string ETag)> CreateAsync(string name = "Mine Clearance Tarsenia", string acronym = "MCT")
    {
        var response = await _client.PostAsJsonAsync(Url, Body(name, acronym));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadAsync<OrganisationDto>(), response.Headers.ETag!.ToString());
    }

    private Task<PagedResult<OrganisationDto>> ListAsync(string query) => _client.GetAsync<PagedResult<OrganisationDto>>($"{Url}?{query}");

    [Fact]
    public async Task Create_returns_201_with_location_etag_and_stamps()
    {
        var response = await _client.PostAsJsonAsync(Url, Body(acronym: "NEW1"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        var body = await response.ReadAsync<OrganisationDto>();
        Assert.Equal($"/api/v1/organisations/{body.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal("NEW1", body.Acronym);
        Assert.Equal(22, body.IatiTypeCode);
        Assert.Equal("im@tarsenia.example", body.CreatedBy);

        var fetched = await _client.GetAsync($"{Url}/{body.Id}");
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        Assert.Equal(response.Headers.ETag, fetched.Headers.ETag);
    }

    [Fact]
    public async Task The_sector_says_what_an_organisation_does_defaults_to_mine_action_and_filters_the_list()
    {
        Assert.Equal(OrganisationSector.MineAction, (await CreateAsync(acronym: "SEC0")).Organisation.Sector);
        var clinic = await _client.PostAsync<OrganisationDto>(Url, new
        {
            name = "Northern Prosthetics Clinic", acronym = "NPC", type = "NationalNgo", countryCode = "XTA", sector = "HealthAndRehabilitation",
        });
        Assert.Equal(OrganisationSector.HealthAndRehabilitation, clinic.Sector);
        Assert.Contains((await ListAsync("sector=HealthAndRehabilitation&pageSize=100")).Items, o => o.Id == clinic.Id);
        Assert.DoesNotContain((await ListAsync("sector=Funding&pageSize=100")).Items, o => o.Id == clinic.Id);
        var before = await CountAsync();
        var bad = await (await _client.PostAsJsonAsync(Url, new { name = "X", acronym = "SECX", type = "NationalNgo", countryCode = "XTA", sector = "Bakery" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("sector", bad.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await CountAsync());
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
    }

    [Fact]
    public async Task The_same_acronym_in_another_country_is_another_organisation()
    {
        Assert.Equal(HttpStatusCode.Created, (await _client.PostAsJsonAsync(Url, Body(acronym: "TDO", country: "KHM"))).StatusCode);
    }

    [Fact]
    public async Task List_searches_names_sorts_and_pages()
    {
        var page = await ListAsync("search=nations&sort=-name&pageSize=2");
        Assert.Equal(3, page.TotalCount);
        Assert.Equal(["United Nations Mine Action Service", "United Nations Development Programme"], page.Items.Select(i => i.Name));
        var second = await ListAsync("search=nations&sort=-name&pageSize=2&page=2");
        Assert.Equal("United Nations Children's Fund", Assert.Single(second.Items).Name);
    }

    [Fact]
    public async Task List_filters_by_type_and_country()
    {
        var ngos = await ListAsync("type=InternationalNgo&countryCode=GBR&pageSize=500");
        Assert.Equal(["HALO", "MAG"], ngos.Items.Select(i => i.Acronym).Order());
    }

    [Fact]
    public async Task List_searches_acronyms()
    {
        Assert.Equal("GICHD", Assert.Single((await ListAsync("search=gichd")).Items).Acronym);
    }

    [Fact]
    public async Task Search_text_is_taken_literally()
    {
        Assert.Empty((await ListAsync("search=%25")).Items);
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
    public async Task Update_needs_if_match()
    {
        var (created, _) = await CreateAsync(acronym: "UPN");
        await (await _client.PutJsonAsync($"{Url}/{created.Id}", Body(name: "Renamed", acronym: "UPN"), null)).ProblemAsync(HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task Update_changes_the_etag_and_refuses_a_stale_one()
    {
        var (created, etag) = await CreateAsync(acronym: "UPD");
        var updated = await _client.PutJsonAsync($"{Url}/{created.Id}", Body(name: "Renamed", acronym: "UPD"), etag);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.NotEqual(etag, updated.Headers.ETag!.ToString());

        await (await _client.PutJsonAsync($"{Url}/{created.Id}", Body(name: "Lost update", acronym: "UPD"), etag)).ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("Renamed", (await _client.GetAsync<OrganisationDto>($"{Url}/{created.Id}")).Name);
    }

    [Fact]
    public async Task Update_validates_like_create()
    {
        var (created, etag) = await CreateAsync(acronym: "UPV");
        await (await _client.PutJsonAsync($"{Url}/{created.Id}", Body(acronym: "HALO", country: "GBR"), etag)).FieldErrorAsync("acronym");
    }

    [Fact]
    public async Task Update_of_an_unknown_organisation_is_404()
    {
        await (await _client.PutJsonAsync($"{Url}/{Guid.NewGuid()}", Body(acronym: "X1"), "\"1\"")).ProblemAsync(HttpStatusCode.NotFound);
    }

    private Task<HttpResponseMessage> ArchiveAsync(OrganisationDto o, string reason) => _client.PostAsJsonAsync($"{Url}/{o.Id}/archive", new { reason });

    /// <summary>"Defunct Demining" (DEF), archived because it dissolved; and its archived ETag.</summary>
    private Task<(OrganisationDto Archived, string ETag)> DefunctAsync() => app.OnceAsync("defunct", async () =>
    {
        var (created, _) = await CreateAsync("Defunct Demining", "DEF");
        var response = await ArchiveAsync(created, "Organisation dissolved in 2024");
        return (await response.ReadAsync<OrganisationDto>(), response.Headers.ETag!.ToString());
    });

    [Fact]
    public async Task Archive_needs_a_reason()
    {
        var (created, _) = await CreateAsync(acronym: "ARN");
        await (await ArchiveAsync(created, " ")).FieldErrorAsync("reason");
    }

    [Fact]
    public async Task Archive_keeps_the_reason()
    {
        var (archived, _) = await DefunctAsync();
        Assert.Equal("Organisation dissolved in 2024", archived.ArchiveReason);
        Assert.NotNull(archived.ArchivedAt);
    }

    [Fact]
    public async Task An_archived_organisation_is_listed_only_on_request_and_still_readable()
    {
        var (archived, _) = await DefunctAsync();
        Assert.Empty((await ListAsync("search=Defunct")).Items);
        Assert.Single((await ListAsync("search=Defunct&includeArchived=true")).Items);
        Assert.Equal("Defunct Demining", (await _client.GetAsync<OrganisationDto>($"{Url}/{archived.Id}")).Name);
    }

    [Fact]
    public async Task An_archived_organisation_cannot_be_edited_or_archived_again()
    {
        var (archived, etag) = await DefunctAsync();
        Assert.Equal("RECORD_ARCHIVED", await (await _client.PutJsonAsync($"{Url}/{archived.Id}", Body(acronym: "DEF"), etag)).RuleAsync());
        Assert.Equal("ALREADY_ARCHIVED", await (await ArchiveAsync(archived, "twice")).RuleAsync());
    }

    [Fact]
    public async Task An_archived_organisations_acronym_is_free_again()
    {
        await DefunctAsync();
        Assert.Equal(HttpStatusCode.Created, (await _client.PostAsJsonAsync(Url, Body(acronym: "DEF"))).StatusCode);
    }
}
