using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using MineAction.Application.Geography;

namespace MineAction.Api.Tests.Geography;

/// <summary>
/// A national authority loads its own country into an empty installation: provinces and districts from GeoJSON (API) and from zipped
/// shapefiles (CLI), a newer edition, and a broken file refused with every problem listed (fixtures: Fixtures/SOURCE.md).
/// </summary>
public sealed class BoundaryLoadingTests(FreshCountryApp app) : IClassFixture<FreshCountryApp>
{
    private HttpClient Admin => app.ClientForUser(FreshCountryApp.Administrator);

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Geography", "Fixtures", name);

    private Task<HttpResponseMessage> UploadAsync(string file, string query)
    {
        var content = new ByteArrayContent(File.ReadAllBytes(Fixture(file)));
        content.Headers.ContentType = new MediaTypeHeaderValue(file.EndsWith(".zip", StringComparison.Ordinal) ? "application/zip" : "application/geo+json");
        return Admin.PostAsync($"/api/v1/admin-areas/boundaries?{query}", content);
    }

    /// <summary>Veloria's first edition, loaded once for the class through the API.</summary>
    private Task<LoadBoundaries.Result> FirstEditionAsync() => app.OnceAsync("first-edition", async () =>
    {
        var provinces = await UploadAsync("veloria_adm1.geojson", "level=1&countryCode=XVL").ReadAsync<LoadBoundaries.Result>();
        Assert.Equal(2, provinces.Added);
        return await UploadAsync("veloria_adm2.geojson", "level=2").ReadAsync<LoadBoundaries.Result>();
    });

    [Fact]
    public async Task Provinces_and_districts_load_from_geojson_with_their_parents()
    {
        var districts = await FirstEditionAsync();
        Assert.Equal((4, 4, 0), (districts.Features, districts.Added, districts.Archived));
        var listed = await Admin.GetAsync<List<ListAdminAreas.AdminAreaDto>>("/api/v1/admin-areas?level=2");
        var provinces = await Admin.GetAsync<List<ListAdminAreas.AdminAreaDto>>("/api/v1/admin-areas?level=1");
        var lakeshore = provinces.Single(p => p.Code == "XV01").Id;
        Assert.Equal(["XV0101", "XV0102"], listed.Where(d => d.ParentId == lakeshore).Select(d => d.Code).Order());
        await using var db = app.Db();
        Assert.Equal(6, await db.AuditEntries.CountAsync(e => e.EntityType == "AdminArea" && e.Action == "Created"));
        Assert.All(await db.AdminAreas.ToListAsync(), a => Assert.Equal("XVL", a.CountryCode));
    }

    [Fact]
    public async Task A_broken_file_is_refused_whole_with_every_bad_feature_listed()
    {
        await FirstEditionAsync();
        await using var db = app.Db();
        var before = await db.AdminAreas.IncludingArchived().CountAsync();
        var response = await UploadAsync("veloria_adm2_broken.geojson", "level=2");
        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("BOUNDARY_FILE_REFUSED", problem["code"]!.GetValue<string>());
        var found = problem["problems"]!.AsArray().Select(p => (p!["index"]!.GetValue<int>(), p["field"]!.GetValue<string>())).ToList();
        Assert.Equal([(1, "ADM2_PCODE"), (2, "ADM2_EN"), (3, "geometry"), (4, "ADM1_PCODE"), (5, "geometry")], found);
        Assert.Equal(before, await db.AdminAreas.IncludingArchived().CountAsync());
    }

    [Fact]
    public async Task A_newer_edition_renames_by_code_and_archives_what_disappeared()
    {
        await FirstEditionAsync();
        var edition = await app.OnceAsync("2027", async () =>
        {
            await HazardInLowerRidgeAsync();
            return await UploadAsync("veloria_adm2_2027.geojson", "level=2&source=COD-AB%202027").ReadAsync<LoadBoundaries.Result>();
        });
        Assert.Equal((3, 0, 2, 1, 1), (edition.Features, edition.Added, edition.Updated, edition.Unchanged, edition.Archived));
        await using var db = app.Db();
        var areas = await db.AdminAreas.IncludingArchived().Where(a => a.Level == 2).ToDictionaryAsync(a => a.Code);
        Assert.Equal("South Lakeshore", areas["XV0102"].Name);
        Assert.NotNull(areas["XV0202"].ArchivedAt);
        Assert.Contains("COD-AB 2027", areas["XV0202"].ArchiveReason, StringComparison.Ordinal);
        Assert.Equal(2.0, areas["XV0201"].Boundary.Area, 6);
        var changes = await db.AuditEntries.Where(e => e.EntityType == "AdminArea" && e.EntityId == areas["XV0102"].Id).Select(e => e.Changes).ToListAsync();
        Assert.Contains(changes, c => c.Contains("South Lakeshore", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_a_reload_records_in_an_area_that_disappeared_are_listed_not_moved()
    {
        await A_newer_edition_renames_by_code_and_archives_what_disappeared();
        var hazard = await HazardInLowerRidgeAsync();
        var mismatch = Assert.Single(await Admin.GetAsync<List<AreaMismatches.Mismatch>>("/api/v1/admin-areas/mismatches"));
        Assert.Equal(("HazardousArea", hazard, "XV0202", true), (mismatch.RecordType, mismatch.Id, mismatch.AreaCode, mismatch.Archived));
        await using var db = app.Db();
        Assert.Equal("XV0202", await db.HazardousAreas.Where(h => h.Id == hazard).Select(h => db.AdminAreas.IncludingArchived()
            .Single(a => a.Id == h.DistrictId).Code).SingleAsync());
    }

    /// <summary>A hazard the administrator records in Lower Ridge (XV0202) before the 2027 edition merges that district away.</summary>
    private Task<Guid> HazardInLowerRidgeAsync() => app.OnceAsync("lower-ridge", async () =>
    {
        var organisation = await Admin.PostAsync<Application.Organisations.OrganisationDto>("/api/v1/organisations",
            new { name = "Veloria Mine Action Centre", acronym = "VMAC", type = "Government", countryCode = "XVL" });
        var hazard = await Admin.PostAsync<Application.Hazards.HazardDetailDto>("/api/v1/hazardous-areas", new
        {
            name = "Lower Ridge terraces", geometry = Tarsenia.Square(31.5, -1.5), recordingOrganisationId = organisation.Id,
            evidence = "Direct", recordedOn = "2024-01-01",
        });
        return hazard.Summary.Id;
    });

    [Fact]
    public async Task Only_administrators_load_boundaries()
    {
        var content = new ByteArrayContent(File.ReadAllBytes(Fixture("veloria_adm1.geojson")));
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/v1/admin-areas/boundaries?level=1&countryCode=XVL", content)).StatusCode);
    }
}
