namespace MineAction.Api.Tests.Platform;

/// <summary>
/// Every CSV export's HXL row uses the HXL 1.1 core dictionary (Schemas/hxl-1.1): core hashtags only, core attributes only on
/// the hashtags the dictionary names for them, and extension attributes only from the short list below.
/// </summary>
public sealed class HxlDictionaryTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    /// <summary>
    /// Attributes the core dictionary does not define but HXL allows as extensions ("you may add your own attributes");
    /// each says something no core attribute does. A misspelt core attribute (<c>+funding</c> for <c>+funder</c>) is not here.
    /// </summary>
    private static readonly HashSet<string> Extensions =
    [
        "review", "area_m2", "evidence", "imsma", "acronym", "year", "sex", "age_group", "pillar", "services", "cost", "usd", "sessions",
        "total", "disabled", "pledged", "committed", "received", "disbursed", "spent",

        // The import files' mine-action vocabulary (also the exports in the import's columns).
        "methods", "depth", "planned", "teams", "casualty", "relationship", "outcome", "injuries", "personal", "national_id", "birth", "address",
        "fund", "product", "quantity", "condition", "found", "disposal", "disposed", "method", "audience", "materials", "confirmed", "devices",
        "landuse", "recorded", "indirect", "released", "contribution", "transaction", "exchange_rate",
    ];

    public static TheoryData<string> Exports() =>
    [
        "/api/v1/hazardous-areas/export.csv", "/api/v1/organisations/export.csv", "/api/v1/casualties/statistics.csv?year=2024",
        "/api/v1/assistance-cases/statistics.csv?year=2024", "/api/v1/eore-sessions/totals.csv?year=2024",
        "/api/v1/reports/donor.csv?from=2024-01-01&to=2024-12-31",
        .. Enum.GetNames<Domain.DataImport.ImportRecordType>().Select(type => $"/api/v1/imports/records/{type}.csv"),
    ];

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task Every_hashtag_and_attribute_is_in_the_hxl_core_dictionary(string route)
    {
        var dictionary = HxlCoreSchema.Load();
        var hxlRow = await HxlRowAsync(route);
        Assert.All(hxlRow, tag =>
        {
            var parts = tag.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(dictionary.Hashtags.Contains(parts[0]), $"{route}: {parts[0]} is not an HXL 1.1 core hashtag");
            foreach (var attribute in parts.Skip(1).Select(a => a.TrimStart('+')))
            {
                if (dictionary.Attributes.TryGetValue(attribute, out var hashtags))
                {
                    Assert.True(hashtags.Count == 0 || hashtags.Contains(parts[0]), $"{route}: +{attribute} does not apply to {parts[0]}");
                }
                else
                {
                    Assert.True(Extensions.Contains(attribute), $"{route}: +{attribute} is neither an HXL 1.1 core attribute nor a listed extension");
                }
            }
        });
    }

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task No_value_in_us_dollars_sits_under_a_rows_own_currency(string route)
    {
        var hxlRow = await HxlRowAsync(route);
        if (hxlRow.Contains("#currency"))
        {
            Assert.DoesNotContain(hxlRow, t => t.StartsWith("#value", StringComparison.Ordinal) && t.Contains("+usd", StringComparison.Ordinal));
        }
    }

    private async Task<string[]> HxlRowAsync(string route)
    {
        var csv = await app.ClientFor(Roles.Administrator).GetStringAsync(route);
        return csv.TrimStart('\uFEFF').Split("\r\n")[1].Split(',');
    }
}
