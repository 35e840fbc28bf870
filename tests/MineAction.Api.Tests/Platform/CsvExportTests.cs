namespace MineAction.Api.Tests.Platform;

/// <summary>List exports: CSV with an HXL hashtag row, the same filters as the list.</summary>
public sealed class CsvExportTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly HttpClient _im = app.ClientFor(Roles.InformationManager);

    private static string[] Lines(string csv) => csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task Hazardous_areas_export_with_hxl_tags_and_the_lists_filters()
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
        var lines = Lines(await response.Content.ReadAsStringAsync());

        Assert.StartsWith("Code,Name,Type,Status", lines[0]);
        Assert.StartsWith("#loc +id,#loc +name,#loc +type,#status", lines[1]);
        Assert.Contains("#geo +lat,#geo +lon", lines[1]);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.Contains("\"Export, \"\"quoted\"\" field\"", StringComparison.Ordinal));
        Assert.All(lines.Skip(2), l => Assert.Contains(",Kandara,", l));
        Assert.All(lines.Skip(2), l => Assert.Contains(",Submunition,", l));
        await (await _im.GetAsync("/api/v1/hazardous-areas/export.csv?bbox=1,2")).FieldErrorAsync("filter.bbox");
    }

    [Fact]
    public async Task Organisations_export_lists_every_matching_organisation()
    {
        var lines = Lines(await _im.GetStringAsync("/api/v1/organisations/export.csv?type=InternationalNgo"));
        Assert.Equal("#org +name,#org +acronym,#org +type,#org +type +code,#country +code,#org +id,#meta +imsma_id", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("The HALO Trust,HALO,InternationalNgo,21,GBR", StringComparison.Ordinal));
        Assert.Equal(2 + 6, lines.Length);
    }
}
