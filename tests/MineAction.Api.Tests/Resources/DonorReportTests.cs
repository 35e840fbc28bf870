using ClosedXML.Excel;

namespace MineAction.Api.Tests.Resources;

/// <summary>The donor report against figures computed by hand: one USD donor with a three-year pledge, one EUR donor, one project.</summary>
public sealed class DonorReportTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Funding _f = new(app);

    private async Task<(Guid Fund, Guid Project)> ProgrammeAsync()
    {
        var t = await Tarsenia.LoadAsync(app);
        var fund = await _f.FundAsync();
        var project = (await _f.ProjectAsync())["id"]!.GetValue<Guid>();
        var japan = await _f.ContributionAsync(fund, project, amount: 300_000m, spreadFrom: 2024, spreadTo: 2026);
        await _f.RecordOkAsync(japan, "IncomingPledge", 300_000m, "2024-01-10");
        await _f.RecordOkAsync(japan, "IncomingCommitment", 300_000m, "2024-01-20");
        await _f.RecordOkAsync(japan, "IncomingFunds", 100_000m, "2024-02-01");
        await _f.RecordOkAsync(japan, "Disbursement", 80_000m, "2024-02-15");
        await _f.RecordOkAsync(japan, "Expenditure", 50_000m, "2024-06-30");
        await _f.RecordOkAsync(japan, "IncomingFunds", 100_000m, "2025-01-15"); // outside the period

        var europe = await _f.ContributionAsync(fund, project, currency: "EUR", amount: 100_000m, donor: "EU");
        await _f.RecordOkAsync(europe, "IncomingPledge", 100_000m, "2024-01-05", usdRate: 1.1m);
        await _f.RecordOkAsync(europe, "IncomingCommitment", 100_000m, "2024-01-06", usdRate: 1.1m);
        await _f.RecordOkAsync(europe, "IncomingFunds", 100_000m, "2024-03-01", usdRate: 1.1m);
        await _f.RecordOkAsync(europe, "Disbursement", 20_000m, "2024-03-05", usdRate: 1.1m);
        await _f.RecordOkAsync(europe, "Expenditure", 10_000m, "2024-07-01", usdRate: 1.1m);

        var eore = await (await app.ClientFor(MineAction.Application.Security.Roles.InformationManager)
            .PostAsJsonAsync("/api/v1/eore-sessions", RequestBodies.EoreSession(t.Mekhol, t.Halo, 12, 10, 8, 6))).JsonAsync();
        await _f.Donor.PostAsJsonAsync($"/api/v1/projects/{project}/links", new { kind = "EoreSession", targetId = eore["id"] });
        return (fund, project);
    }

    [Fact]
    public async Task Totals_match_the_hand_computed_figures_in_each_format()
    {
        var (fund, _) = await ProgrammeAsync();
        var report = await (await _f.Donor.GetAsync($"/api/v1/reports/donor?from=2024-01-01&to=2024-12-31&fundId={fund}")).JsonAsync();

        var money = report["money"]!.AsArray();
        Assert.Equal(2, money.Count);
        var eu = money[0]!;
        Assert.Equal(("EU", "EUR"), (eu["donor"]!.GetValue<string>(), eu["currency"]!.GetValue<string>()));
        Assert.Equal([100_000m, 100_000m, 100_000m, 20_000m, 10_000m], new[] { "pledged", "committed", "received", "disbursed", "spent" }
            .Select(k => eu[k]!.GetValue<decimal>()));
        Assert.Equal([110_000m, 110_000m, 110_000m, 22_000m, 11_000m], new[] { "pledgedUsd", "committedUsd", "receivedUsd", "disbursedUsd", "spentUsd" }
            .Select(k => eu[k]!.GetValue<decimal>()));
        var japan = money[1]!;
        Assert.Equal("GoJ", japan["donor"]!.GetValue<string>());
        Assert.Equal([300_000m, 300_000m, 100_000m, 80_000m, 50_000m], new[] { "pledged", "committed", "received", "disbursed", "spent" }
            .Select(k => japan[k]!.GetValue<decimal>()));

        // The fund, all donors together: one row per currency.
        var funds = report["funds"]!.AsArray();
        Assert.Equal(["EUR", "USD"], funds.Select(f => f!["currency"]!.GetValue<string>()));
        Assert.Equal(80_000m, funds[1]!["disbursed"]!.GetValue<decimal>());
        Assert.Equal(22_000m, funds[0]!["disbursedUsd"]!.GetValue<decimal>());

        // The three-year pledge: 2024's tranche only.
        var schedule = report["schedule"]!.AsArray();
        var tranche = Assert.Single(schedule)!;
        Assert.Equal((2024, 100_000m), (tranche["year"]!.GetValue<int>(), tranche["amount"]!.GetValue<decimal>()));

        // Predictability: all of Japan's commitment is multi-year, none of the EU's.
        var predictability = report["predictability"]!.AsArray();
        Assert.Equal(1.0, predictability.Single(p => p!["donor"]!.GetValue<string>() == "GoJ")!["multiYearShare"]!.GetValue<double>());
        Assert.Equal(0.0, predictability.Single(p => p!["donor"]!.GetValue<string>() == "EU")!["multiYearShare"]!.GetValue<double>());

        // Outputs bought: Japan paid 80,000 of the 102,000 USD disbursed to the project.
        var outputs = report["outputs"]!.AsArray();
        var japanOutputs = outputs.Single(o => o!["donor"]!.GetValue<string>() == "GoJ")!;
        Assert.Equal(Math.Round(80_000.0 / 102_000.0, 4), japanOutputs["share"]!.GetValue<double>());
        Assert.Equal(50_000m, japanOutputs["spentUsd"]!.GetValue<decimal>());
        Assert.Equal(new[] { 9, 8, 6, 5 }, new[] { "girls", "boys", "women", "men" }.Select(k => japanOutputs["outputs"]!["eoreReached"]![k]!.GetValue<int>()));

        var csv = (await _f.Donor.GetStringAsync($"/api/v1/reports/donor.csv?from=2024-01-01&to=2024-12-31&fundId={fund}")).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("#org +funding,#org +fund,#currency,#value +pledged,#value +committed,#value +received,#value +disbursed,#value +spent,"
            + "#value +pledged +usd,#value +committed +usd,#value +funding +usd,#value +disbursed +usd,#value +spent +usd", csv[1]);
        Assert.EndsWith(",EUR,100000.00,100000.00,100000.00,20000.00,10000.00,110000.00,110000.00,110000.00,22000.00,11000.00", csv[2]);

        var xlsx = await _f.Donor.GetAsync($"/api/v1/reports/donor.xlsx?from=2024-01-01&to=2024-12-31&fundId={fund}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        using var workbook = new XLWorkbook(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet("Money");
        Assert.Equal("GoJ", sheet.Cell(3, 1).GetString());
        Assert.Equal(80_000m, sheet.Cell(3, 7).GetValue<decimal>());
        Assert.Equal(100_000m, workbook.Worksheet("Schedule").Cell(2, 6).GetValue<decimal>());
        Assert.Equal(1.0, workbook.Worksheet("Predictability").Cell(3, 4).GetValue<double>());
        Assert.Equal("USD", workbook.Worksheet("Funds").Cell(3, 2).GetString());
    }

    [Fact]
    public async Task A_multi_year_pledge_is_spread_across_its_years()
    {
        var contribution = await _f.ContributionAsync(await _f.FundAsync(), amount: 1_000_000m, spreadFrom: 2025, spreadTo: 2027);
        var schedule = (await (await _f.Donor.GetAsync($"/api/v1/contributions/{contribution}")).JsonAsync())["schedule"]!.AsArray();
        Assert.Equal([(2025, 333_333.33m), (2026, 333_333.33m), (2027, 333_333.34m)],
            schedule.Select(t => (t!["year"]!.GetValue<int>(), t["amount"]!.GetValue<decimal>())));
        Assert.True((await (await _f.Donor.GetAsync($"/api/v1/contributions/{contribution}")).JsonAsync())["multiYear"]!.GetValue<bool>());
    }

    [Fact]
    public async Task An_amended_agreement_keeps_its_transactions_and_needs_the_current_version()
    {
        var contribution = await _f.ContributionAsync(await _f.FundAsync(), amount: 300_000m, spreadFrom: 2024, spreadTo: 2026);
        await _f.RecordOkAsync(contribution, "IncomingFunds", 100_000m, "2024-02-01");
        var read = await _f.Donor.GetAsync($"/api/v1/contributions/{contribution}");
        var etag = read.Headers.ETag!.Tag;

        var amended = await _f.Donor.PutJsonAsync($"/api/v1/contributions/{contribution}", new
        {
            reference = "GoJ/2024/amendment-1", amount = 450_000m,
            schedule = new[] { new { year = 2024, amount = 100_000m }, new { year = 2025, amount = 150_000m }, new { year = 2026, amount = 200_000m } },
            earmarkedActivity = "Clearance",
        }, etag);
        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        var body = await amended.JsonAsync();
        Assert.Equal(450_000m, body["amount"]!.GetValue<decimal>());
        Assert.Equal(200_000m, body["schedule"]![2]!["amount"]!.GetValue<decimal>());
        Assert.Single(body["transactions"]!.AsArray());

        var stale = await _f.Donor.PutJsonAsync($"/api/v1/contributions/{contribution}", new { reference = "late", amount = 1m }, etag);
        await stale.ProblemAsync(HttpStatusCode.PreconditionFailed);
        var mismatch = await _f.Donor.PutJsonAsync($"/api/v1/contributions/{contribution}", new
        {
            reference = "x", amount = 10m, schedule = new[] { new { year = 2024, amount = 5m } },
        }, amended.Headers.ETag!.Tag);
        Assert.Equal("SCHEDULE_MISMATCH", (await mismatch.ProblemAsync(HttpStatusCode.UnprocessableEntity))["code"]!.GetValue<string>());
        await (await _f.Donor.PutJsonAsync($"/api/v1/contributions/{contribution}", new { amount = 10m }, amended.Headers.ETag!.Tag))
            .FieldErrorAsync("reference");
    }

    [Fact]
    public async Task The_report_needs_a_period()
    {
        await (await _f.Donor.GetAsync("/api/v1/reports/donor?to=2024-12-31")).FieldErrorAsync("from");
        await (await _f.Donor.GetAsync("/api/v1/reports/donor?from=2024-12-31&to=2024-01-01")).FieldErrorAsync("to");
        Assert.Equal(HttpStatusCode.OK, (await app.ClientFor(MineAction.Application.Security.Roles.Viewer)
            .GetAsync("/api/v1/reports/donor?from=2024-01-01&to=2024-12-31")).StatusCode);
    }
}
