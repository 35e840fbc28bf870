using MineAction.Application.Capacity;
using MineAction.Domain.Capacity;

namespace MineAction.Api.Tests.Capacity;

/// <summary>National capacity over time, with personnel by sex summed exactly.</summary>
public sealed class CapacityTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private HttpClient Im => app.ClientFor(Roles.InformationManager);

    private Task<HttpResponseMessage> RecordAsync(object body, HttpClient? client = null) => (client ?? Im).PostAsJsonAsync("/api/v1/capacity", body);

    /// <summary>
    /// HALO's 2022 snapshots for Q1 and Q4 (the latter by its operator), TDO's for 2022, and HALO's 2023 figure recorded twice.
    /// Every snapshot has other personnel of women 2+0+5+2+1 = 10 and men 4+3+1+2+2 = 12, and 4 clearance teams and 6 dogs.
    /// </summary>
    private Task<IReadOnlyList<CapacityTrend.YearTotals>> TrendAsync() => app.OnceAsync("trend", async () =>
    {
        var t = await Tarsenia.LoadAsync(app);
        await RecordAsync(RequestBodies.Capacity(t.Halo, 2022, 1, 8, 40)).ReadAsync<CapacityDto>();
        await RecordAsync(RequestBodies.Capacity(t.Halo, 2022, 4, 12, 44), app.ClientFor(Roles.OperatorDataEntry)).ReadAsync<CapacityDto>();
        await RecordAsync(RequestBodies.Capacity(t.Tdo, 2022, null, 5, 15)).ReadAsync<CapacityDto>();
        await RecordAsync(RequestBodies.Capacity(t.Halo, 2023, null, 20, 40)).ReadAsync<CapacityDto>();
        await RecordAsync(RequestBodies.Capacity(t.Halo, 2023, null, 22, 41)).ReadAsync<CapacityDto>();
        return await Im.GetAsync<IReadOnlyList<CapacityTrend.YearTotals>>("/api/v1/capacity/trend?fromYear=2022&toYear=2023");
    });

    [Fact]
    public async Task The_trend_has_one_row_per_year()
    {
        Assert.Equal([2022, 2023], (await TrendAsync()).Select(y => y.Year));
    }

    [Fact]
    public async Task A_year_sums_each_organisations_latest_snapshot()
    {
        var y2022 = (await TrendAsync())[0];
        Assert.Equal(2, y2022.Organisations);
        Assert.Equal(new Personnel(12 + 5, 44 + 15), y2022.Deminers);
        Assert.Equal(8, y2022.Teams.Clearance);
        Assert.Equal(12, y2022.MineDetectionDogs);
    }

    [Fact]
    public async Task All_personnel_are_summed_by_sex()
    {
        var y2022 = (await TrendAsync())[0];
        Assert.Equal(new Personnel(12 + 5 + (2 * 10), 44 + 15 + (2 * 12)), y2022.AllPersonnel);
    }

    [Fact]
    public async Task A_second_figure_for_the_same_period_replaces_the_first()
    {
        Assert.Equal(new Personnel(22, 41), (await TrendAsync())[1].Deminers);
    }

    [Fact]
    public async Task A_quarter_outside_one_to_four_is_refused()
    {
        var t = await Tarsenia.LoadAsync(app);
        await (await RecordAsync(RequestBodies.Capacity(t.Halo, 2024, 5))).FieldErrorAsync("quarter");
    }

    [Fact]
    public async Task A_year_before_mine_action_is_refused()
    {
        var t = await Tarsenia.LoadAsync(app);
        await (await RecordAsync(RequestBodies.Capacity(t.Halo, 1800))).FieldErrorAsync("year");
    }

    [Fact]
    public async Task A_negative_count_is_refused()
    {
        var t = await Tarsenia.LoadAsync(app);
        Assert.Equal("COUNT_OUT_OF_RANGE", await (await RecordAsync(RequestBodies.Capacity(t.Halo, 2024, null, -1, 3))).RuleAsync());
    }

    [Fact]
    public async Task An_operator_records_only_its_own_organisations_capacity()
    {
        var t = await Tarsenia.LoadAsync(app);
        Assert.Equal(HttpStatusCode.Forbidden, (await RecordAsync(RequestBodies.Capacity(t.Tdo), app.ClientFor(Roles.OperatorDataEntry))).StatusCode);
    }
}
