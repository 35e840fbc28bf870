using System.Globalization;
using MineAction.Application.Hazards;

namespace MineAction.Api.Tests.Platform;

/// <summary>List exports: CSV with an HXL hashtag row, the same filters as the list.</summary>
public sealed class CsvExportTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly HttpClient _im = app.ClientFor(Roles.InformationManager);

    private static string[] Lines(string csv) => csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The export of two Kandara submunition hazards named "Export…", one with a comma and quotes in its name.</summary>
    private Task<string[]> HazardExportAsync() => app.OnceAsync("hazards", async () =>
    {
        var t = await Tarsenia.LoadAsync(app);
        foreach (var (name, lon) in new[] { ("Export, \"quoted\" field", 100.3), ("Export plain", 100.35) })
        {
            var created = await _im.PostAsJsonAsync("/api/v1/hazardous-areas", new
            {
                name, geometry = Tarsenia.Square(lon, 12.4, 0.002), provinceId = t.Kandara, recordingOrganisationId = t.Halo,
                evidence = "Indirect", recordedOn = "2024-01-01", deviceCategories = new[] { "Submunition" },
            });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var response = await _im.GetAsync("/api/v1/hazardous-areas/export.csv?search=Export&sort=name");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        return Lines(await response.Content.ReadAsStringAsync());
    });

    [Fact]
    public async Task Hazardous_areas_export_with_a_header_and_an_hxl_row()
    {
        var lines = await HazardExportAsync();
        Assert.StartsWith("Code,Name,Type,Status", lines[0]);
        Assert.StartsWith("#loc +code,#loc +name,#loc +type,#status", lines[1]);
        Assert.Contains("#geo +lat,#geo +lon", lines[1]);
    }

    [Fact]
    public async Task Hazardous_areas_export_applies_the_lists_filters()
    {
        var lines = await HazardExportAsync();
        Assert.Equal(4, lines.Length);
        Assert.All(lines.Skip(2), l => Assert.Contains(",Kandara,", l));
        Assert.All(lines.Skip(2), l => Assert.Contains(",Submunition,", l));
    }

    [Fact]
    public async Task Commas_and_quotes_in_a_field_are_quoted()
    {
        Assert.Contains(await HazardExportAsync(), l => l.Contains("\"Export, \"\"quoted\"\" field\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Coordinates_and_areas_keep_full_precision()
    {
        var lines = await HazardExportAsync();
        var header = lines[0].Split(',');
        var listed = await _im.GetAsync<PagedResult<HazardSummaryDto>>("/api/v1/hazardous-areas?search=Export+plain");
        var hazard = Assert.Single(listed.Items);
        var row = Assert.Single(lines, l => l.StartsWith(hazard.Code + ",", StringComparison.Ordinal)).Split(',');
        double Cell(string column) => double.Parse(row[Array.IndexOf(header, column)], CultureInfo.InvariantCulture);
        Assert.Equal(hazard.Latitude, Cell("Latitude"));
        Assert.Equal(hazard.Longitude, Cell("Longitude"));
        Assert.Equal(hazard.AreaM2, Cell("Area m2"));
        Assert.InRange(Cell("Longitude"), 100.35, 100.352);
        Assert.NotEqual(Math.Round(Cell("Longitude"), 2), Cell("Longitude"));
    }

    [Fact]
    public async Task A_bad_filter_names_its_field()
    {
        await (await _im.GetAsync("/api/v1/hazardous-areas/export.csv?bbox=1,2")).FieldErrorAsync("filter.bbox");
    }

    [Fact]
    public async Task Organisations_export_lists_every_matching_organisation()
    {
        var lines = Lines(await _im.GetStringAsync("/api/v1/organisations/export.csv?type=InternationalNgo"));
        Assert.Equal("#org +name,#org +acronym,#org +type,#org +type +code,#country +code,#org +code,#meta +id +imsma,#sector", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("Humanity & Inclusion,HI,", StringComparison.Ordinal) && l.EndsWith(",HealthAndRehabilitation", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("The HALO Trust,HALO,InternationalNgo,21,GBR", StringComparison.Ordinal));
        Assert.Equal(2 + 6, lines.Length);
    }
}
