using Microsoft.EntityFrameworkCore;
using MineAction.Application.Geography;

namespace MineAction.Api.Tests.Geography;

/// <summary>The operator's commands on an empty installation: boundaries from zipped shapefiles, create-admin, create-token.</summary>
public sealed class CliSetupTests(FreshCountryApp app) : IClassFixture<FreshCountryApp>
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Geography", "Fixtures", name);

    [Fact]
    public async Task Setup_boundaries_loads_zipped_shapefiles_level_by_level()
    {
        var provinces = await app.CliAsync("setup", "boundaries", "--level", "1", Fixture("veloria_adm1_shp.zip"), "--country", "XVL");
        Assert.True(provinces.Exit == 0, provinces.Output);
        Assert.Contains("2 added", provinces.Output, StringComparison.Ordinal);
        var districts = await app.CliAsync("setup", "boundaries", "--level", "2", Fixture("veloria_adm2_shp.zip"));
        Assert.True(districts.Exit == 0, districts.Output);
        Assert.Contains("4 added", districts.Output, StringComparison.Ordinal);

        var again = await app.CliAsync("setup", "boundaries", "--level", "2", Fixture("veloria_adm2_shp.zip"));
        Assert.Contains("4 unchanged", again.Output, StringComparison.Ordinal);
        var listed = await app.ClientForUser(FreshCountryApp.Administrator).GetAsync<List<ListAdminAreas.AdminAreaDto>>("/api/v1/admin-areas?level=2");
        Assert.Equal(["XV0101", "XV0102", "XV0201", "XV0202"], listed.Select(a => a.Code).Order());
    }

    [Fact]
    public async Task A_broken_file_prints_every_problem_and_exits_1()
    {
        var refused = await app.CliAsync("setup", "boundaries", "--level", "2", Fixture("veloria_adm2_broken.geojson"));
        Assert.Equal(1, refused.Exit);
        Assert.Contains("feature 3\tgeometry", refused.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", refused.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_admin_twice_keeps_the_first_and_a_weak_password_is_one_line_exit_2()
    {
        var first = await app.CliAsync("create-admin", "director@nmaa.example", "Director-2026-password");
        Assert.True(first.Exit == 0, first.Output);
        var second = await app.CliAsync("create-admin", "director@nmaa.example", "Another-2026-password");
        Assert.Equal(0, second.Exit);
        Assert.Contains("already exists", second.Output, StringComparison.Ordinal);
        var weak = await app.CliAsync("create-admin", "deputy@nmaa.example", "short");
        Assert.Equal(2, weak.Exit);
        Assert.Contains("too weak", weak.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", weak.Output, StringComparison.Ordinal);
        var unknown = await app.CliAsync("create-admin", "--bogus", "x");
        Assert.Equal(2, unknown.Exit);
        foreach (var verb in new[] { "migrate", "seed-demo", "seed-scale", "create-admin", "create-token", "setup" })
        {
            var help = await app.CliAsync(verb, "--help");
            Assert.True(help.Exit == 0 && help.Output.StartsWith($"usage: MineAction.Migrations {verb}", StringComparison.Ordinal), help.Output);
        }
    }

    [Fact]
    public async Task Create_token_prints_a_token_the_api_accepts_at_once_and_is_audited()
    {
        var issued = await app.CliAsync("create-token", "--email", FreshCountryApp.Administrator, "--name", "GIS nightly sync", "--expires", "2099-12-31");
        Assert.True(issued.Exit == 0, issued.Output);
        var secret = issued.Output.Split('\n').Single(l => l.StartsWith("mat_", StringComparison.Ordinal)).Trim();
        Assert.Equal(HttpStatusCode.OK, (await app.ClientWithToken(secret).GetAsync("/api/v1/admin-areas")).StatusCode);
        await using var db = app.Db();
        var changes = await db.AuditEntries.Select(e => new { e.EntityType, e.Action, e.Changes }).ToListAsync();
        Assert.Contains(changes, e => e.EntityType == "ApiToken" && e.Action == "Created" && e.Changes.Contains("GIS nightly sync", StringComparison.Ordinal));
        Assert.DoesNotContain(changes, e => e.Changes.Contains(secret, StringComparison.Ordinal));

        var nobody = await app.CliAsync("create-token", "--email", "nobody@nmaa.example", "--name", "x");
        Assert.Equal(1, nobody.Exit);
    }
}
