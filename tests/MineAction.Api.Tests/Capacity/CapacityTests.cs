
namespace MineAction.Api.Tests.Capacity;

/// <summary>National capacity over time, with personnel by sex summed exactly.</summary>
public sealed class CapacityTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private HttpClient Im => app.ClientFor(Roles.InformationManager);

    [Fact]
    public async Task The_trend_sums_each_organisations_latest_snapshot_of_the_year_by_sex()
    {
        var t = await Tarsenia.LoadAsync(app);
        async Task Record(Guid organisation, int year, int? quarter, int women, int men, HttpClient? client = null) =>
            Assert.Equal(HttpStatusCode.OK, (await (client ?? Im).PostAsJsonAsync("/api/v1/capacity",
                RequestBodies.Capacity(organisation, year, quarter, women, men))).StatusCode);

        await Record(t.Halo, 2022, 1, 8, 40);
        await Record(t.Halo, 2022, 4, 12, 44, app.ClientFor(Roles.OperatorDataEntry)); // the year's latest: counts
        await Record(t.Tdo, 2022, null, 5, 15);
        await Record(t.Halo, 2023, null, 20, 40);
        await Record(t.Halo, 2023, null, 22, 41); // replaces the first 2023 figure

        var trend = (await Im.GetFromJsonAsync<JsonArray>("/api/v1/capacity/trend?fromYear=2022&toYear=2023"))!;
        Assert.Equal([2022, 2023], trend.Select(y => y!["year"]!.GetValue<int>()));
        var y2022 = trend[0]!;
        Assert.Equal(2, y2022["organisations"]!.GetValue<int>());
        Assert.Equal(12 + 5, y2022["deminers"]!["women"]!.GetValue<int>());
        Assert.Equal(44 + 15, y2022["deminers"]!["men"]!.GetValue<int>());
        // Other roles per snapshot: women 2+0+5+2+1 = 10, men 4+3+1+2+2 = 12.
        Assert.Equal(12 + 5 + (2 * 10), y2022["allPersonnel"]!["women"]!.GetValue<int>());
        Assert.Equal(44 + 15 + (2 * 12), y2022["allPersonnel"]!["men"]!.GetValue<int>());
        Assert.Equal(8, y2022["teams"]!["clearance"]!.GetValue<int>());
        Assert.Equal(12, y2022["mineDetectionDogs"]!.GetValue<int>());
        Assert.Equal(22, trend[1]!["deminers"]!["women"]!.GetValue<int>());
        Assert.Equal(41, trend[1]!["deminers"]!["men"]!.GetValue<int>());
    }

    [Fact]
    public async Task Bad_capacity_records_are_refused_and_operators_record_only_their_own()
    {
        var t = await Tarsenia.LoadAsync(app);
        await (await Im.PostAsJsonAsync("/api/v1/capacity", RequestBodies.Capacity(t.Halo, 2024, 5))).FieldErrorAsync("quarter");
        await (await Im.PostAsJsonAsync("/api/v1/capacity", RequestBodies.Capacity(t.Halo, 1800))).FieldErrorAsync("year");
        var negative = await Im.PostAsJsonAsync("/api/v1/capacity", RequestBodies.Capacity(t.Halo, 2024, null, -1, 3));
        Assert.Equal("COUNT_OUT_OF_RANGE", (await negative.ProblemAsync(HttpStatusCode.UnprocessableEntity))["code"]!.GetValue<string>());
        var forTdo = await app.ClientFor(Roles.OperatorDataEntry).PostAsJsonAsync("/api/v1/capacity", RequestBodies.Capacity(t.Tdo));
        Assert.Equal(HttpStatusCode.Forbidden, forTdo.StatusCode);
    }
}
