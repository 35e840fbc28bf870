using MineAction.Application.People;
using MineAction.Domain.Common;

namespace MineAction.Api.Tests.People;

/// <summary>Risk education sessions and their sex- and age-disaggregated totals.</summary>
public sealed class RiskEducationTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private HttpClient Operator => app.ClientFor(Roles.OperatorDataEntry);
    private HttpClient Im => app.ClientFor(Roles.InformationManager);

    /// <summary>Mekhol in 2024: two sessions entered (and so approved) by the IM and one submitted by an operator.</summary>
    private Task<(Tarsenia T, EoreSessionDto First, EoreSessionDto Pending)> SessionsAsync() => app.OnceAsync("mekhol-2024", async () =>
    {
        var t = await Tarsenia.LoadAsync(app);
        var first = await Im.PostAsync<EoreSessionDto>("/api/v1/eore-sessions", RequestBodies.EoreSession(t, t.Mekhol, t.Halo, 10, 11, 12, 13, 2));
        await Im.PostAsync<EoreSessionDto>("/api/v1/eore-sessions", RequestBodies.EoreSession(t, t.Mekhol, t.Halo, 1, 2, 3, 4, 1));
        var pending = await Operator.PostAsync<EoreSessionDto>("/api/v1/eore-sessions", RequestBodies.EoreSession(t, t.Mekhol, t.Halo, 100, 100, 100, 100, 0));
        return (t, first, pending);
    });

    private async Task<EoreTotals.Row> MekholTotalsAsync(Tarsenia t) =>
        Assert.Single(await app.ClientFor(Roles.DonorReporting).GetAsync<List<EoreTotals.Row>>($"/api/v1/eore-sessions/totals?year=2024&provinceId={t.Mekhol}"));

    [Fact]
    public async Task A_session_entered_by_the_information_manager_is_approved_and_one_by_an_operator_waits()
    {
        var (_, first, pending) = await SessionsAsync();
        Assert.Equal(ApprovalStatus.Approved, first.ApprovalStatus);
        Assert.Equal(ApprovalStatus.Submitted, pending.ApprovalStatus);
    }

    [Fact]
    public async Task Totals_add_up_approved_sessions_by_sex_age_and_disability()
    {
        var (t, _, _) = await SessionsAsync();
        var row = await MekholTotalsAsync(t);
        Assert.Equal(2, row.Sessions);
        Assert.Equal(new Sadd(11, 13, 15, 17), row.Beneficiaries);
        Assert.Equal(new Sadd(3, 0, 0, 0), row.WithDisabilities);
    }

    [Fact]
    public async Task Totals_export_as_hxl_tagged_csv()
    {
        var (t, _, _) = await SessionsAsync();
        var csv = await app.ClientFor(Roles.DonorReporting).GetStringAsync($"/api/v1/eore-sessions/totals.csv?year=2024&provinceId={t.Mekhol}");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("#date +year,#adm1 +code,#adm1 +name,#output +num +sessions,#reached +f +children,#reached +m +children,#reached +f +adults,#reached +m +adults,#reached +total,#reached +disabled", lines[1]);
        Assert.Equal("2024,XTA-02,Mekhol,2,11,13,15,17,56,3", lines[2]);
    }

    [Fact]
    public async Task A_session_counts_once_approved()
    {
        var t = await Tarsenia.LoadAsync(app);
        await Im.PostAsync<EoreSessionDto>("/api/v1/eore-sessions", RequestBodies.EoreSession(t, t.Veyra, t.Halo, 1, 2, 3, 4, 1));
        var pending = await Operator.PostAsync<EoreSessionDto>("/api/v1/eore-sessions", RequestBodies.EoreSession(t, t.Veyra, t.Halo, 100, 100, 100, 100, 0));
        await Im.PostAsJsonAsync($"/api/v1/eore-sessions/{pending.Id}/approve", new { }).ReadAsync<EoreSessionDto>();
        var row = Assert.Single(await Im.GetAsync<List<EoreTotals.Row>>($"/api/v1/eore-sessions/totals?year=2024&provinceId={t.Veyra}"));
        Assert.Equal(2, row.Sessions);
        Assert.Equal(new Sadd(101, 102, 103, 104), row.Beneficiaries);
    }

    [Fact]
    public async Task More_beneficiaries_with_disabilities_than_in_total_are_refused()
    {
        var t = await Tarsenia.LoadAsync(app);
        Assert.Equal("DISABLED_EXCEEDS_TOTAL", await (await Im.PostAsJsonAsync("/api/v1/eore-sessions", RequestBodies.EoreSession(t, t.Kandara, t.Halo, 1, 0, 0, 0, 2))).RuleAsync());
    }

    [Fact]
    public async Task A_session_without_beneficiaries_is_refused()
    {
        var t = await Tarsenia.LoadAsync(app);
        Assert.Equal("NO_BENEFICIARIES", await (await Im.PostAsJsonAsync("/api/v1/eore-sessions", RequestBodies.EoreSession(t, t.Kandara, t.Halo, 0, 0, 0, 0, 0))).RuleAsync());
    }

    [Fact]
    public async Task A_negative_count_names_its_field()
    {
        var t = await Tarsenia.LoadAsync(app);
        await (await Im.PostAsJsonAsync("/api/v1/eore-sessions", RequestBodies.EoreSession(t, t.Kandara, t.Halo, -1))).FieldErrorAsync("beneficiaries.girls");
    }

    [Fact]
    public async Task An_operator_records_sessions_of_its_own_organisation_only()
    {
        var t = await Tarsenia.LoadAsync(app);
        Assert.Equal(HttpStatusCode.Forbidden, (await Operator.PostAsJsonAsync("/api/v1/eore-sessions", RequestBodies.EoreSession(t, t.Kandara, t.Tdo))).StatusCode);
    }
}
