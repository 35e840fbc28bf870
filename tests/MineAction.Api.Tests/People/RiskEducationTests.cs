
namespace MineAction.Api.Tests.People;

/// <summary>Risk education sessions and their sex- and age-disaggregated totals.</summary>
public sealed class RiskEducationTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private HttpClient Operator => app.ClientFor(Roles.OperatorDataEntry);
    private HttpClient Im => app.ClientFor(Roles.InformationManager);

    [Fact]
    public async Task Totals_add_up_approved_sessions_by_sex_age_and_disability()
    {
        var t = await Tarsenia.LoadAsync(app);
        var first = await (await Im.PostAsJsonAsync("/api/v1/eore-sessions", RequestBodies.EoreSession(t.Mekhol, t.Halo, 10, 11, 12, 13, 2))).JsonAsync();
        Assert.Equal("Approved", first["approvalStatus"]!.GetValue<string>());
        await Im.PostAsJsonAsync("/api/v1/eore-sessions", RequestBodies.EoreSession(t.Mekhol, t.Halo, 1, 2, 3, 4, 1));
        var pending = await (await Operator.PostAsJsonAsync("/api/v1/eore-sessions", RequestBodies.EoreSession(t.Mekhol, t.Halo, 100, 100, 100, 100, 0))).JsonAsync();
        Assert.Equal("Submitted", pending["approvalStatus"]!.GetValue<string>());

        var totals = (await app.ClientFor(Roles.DonorReporting).GetFromJsonAsync<JsonArray>($"/api/v1/eore-sessions/totals?year=2024&provinceId={t.Mekhol}"))!;
        var row = Assert.Single(totals)!;
        Assert.Equal(2, row["sessions"]!.GetValue<int>());
        Assert.Equal(11, row["beneficiaries"]!["girls"]!.GetValue<int>());
        Assert.Equal(13, row["beneficiaries"]!["boys"]!.GetValue<int>());
        Assert.Equal(15, row["beneficiaries"]!["women"]!.GetValue<int>());
        Assert.Equal(17, row["beneficiaries"]!["men"]!.GetValue<int>());
        Assert.Equal(3, row["withDisabilities"]!["girls"]!.GetValue<int>());

        Assert.Equal(HttpStatusCode.OK, (await Im.PostAsJsonAsync($"/api/v1/eore-sessions/{pending["id"]}/approve", new { })).StatusCode);
        var after = (await Im.GetFromJsonAsync<JsonArray>($"/api/v1/eore-sessions/totals?year=2024&provinceId={t.Mekhol}"))!;
        Assert.Equal(111, after[0]!["beneficiaries"]!["girls"]!.GetValue<int>());

        var csv = await app.ClientFor(Roles.DonorReporting).GetStringAsync($"/api/v1/eore-sessions/totals.csv?year=2024&provinceId={t.Mekhol}");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("#date +year,#adm1 +name,#output +sessions,#reached +f +children,#reached +m +children,#reached +f +adults,#reached +m +adults,#reached +total,#reached +disabled", lines[1]);
        Assert.StartsWith("2024,Mekhol,3,111,113,115,117,456,", lines[2]);
    }

    [Fact]
    public async Task Impossible_sessions_are_refused()
    {
        var t = await Tarsenia.LoadAsync(app);
        var disabled = await Im.PostAsJsonAsync("/api/v1/eore-sessions", RequestBodies.EoreSession(t.Kandara, t.Halo, 1, 0, 0, 0, 2));
        Assert.Equal("DISABLED_EXCEEDS_TOTAL", (await disabled.ProblemAsync(HttpStatusCode.UnprocessableEntity))["code"]!.GetValue<string>());
        var nobody = await Im.PostAsJsonAsync("/api/v1/eore-sessions", RequestBodies.EoreSession(t.Kandara, t.Halo, 0, 0, 0, 0, 0));
        Assert.Equal("NO_BENEFICIARIES", (await nobody.ProblemAsync(HttpStatusCode.UnprocessableEntity))["code"]!.GetValue<string>());
        await (await Im.PostAsJsonAsync("/api/v1/eore-sessions", RequestBodies.EoreSession(t.Kandara, t.Halo, -1))).FieldErrorAsync("beneficiaries.girls");
        Assert.Equal(HttpStatusCode.Forbidden, (await Operator.PostAsJsonAsync("/api/v1/eore-sessions", RequestBodies.EoreSession(t.Kandara, t.Tdo))).StatusCode);
    }
}
