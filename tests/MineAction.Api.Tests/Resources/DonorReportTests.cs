using ClosedXML.Excel;
using MineAction.Application.People;
using MineAction.Application.Resources;

namespace MineAction.Api.Tests.Resources;

/// <summary>The donor report against figures computed by hand: one USD donor with a three-year pledge, one EUR donor, one project.</summary>
public sealed class DonorReportTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Funding _f = new(app);

    private Task<Guid> ProgrammeAsync() => app.OnceAsync("donor programme", async () =>
    {
        var t = await Tarsenia.LoadAsync(app);
        var fund = await _f.FundAsync();
        var project = (await _f.ProjectAsync()).Id;
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

        var eore = await app.ClientFor(Roles.InformationManager).PostAsync<EoreSessionDto>("/api/v1/eore-sessions",
            RequestBodies.EoreSession(t, t.Mekhol, t.Halo, 12, 10, 8, 6));
        await _f.Donor.PostAsJsonAsync($"/api/v1/projects/{project}/links", new { kind = "EoreSession", targetId = eore.Id }).ReadAsync<ProjectDto>();
        return fund;
    });

    private async Task<DonorReport.Report> ReportAsync() =>
        await _f.Donor.GetAsync<DonorReport.Report>($"/api/v1/reports/donor?from=2024-01-01&to=2024-12-31&fundId={await ProgrammeAsync()}");

    private static decimal[] Original(DonorReport.MoneyRow r) => [r.Pledged, r.Committed, r.Received, r.Disbursed, r.Spent];

    [Fact]
    public async Task Money_is_reported_per_donor_and_currency_in_the_original_currency_and_in_usd()
    {
        var money = (await ReportAsync()).Money;
        Assert.Equal(2, money.Count);
        var (eu, japan) = (money[0], money[1]);
        Assert.Equal(("EU", "EUR"), (eu.Donor, eu.Currency));
        Assert.Equal([100_000m, 100_000m, 100_000m, 20_000m, 10_000m], Original(eu));
        Assert.Equal([110_000m, 110_000m, 110_000m, 22_000m, 11_000m], [eu.PledgedUsd, eu.CommittedUsd, eu.ReceivedUsd, eu.DisbursedUsd, eu.SpentUsd]);
        Assert.Equal("GoJ", japan.Donor);
        Assert.Equal([300_000m, 300_000m, 100_000m, 80_000m, 50_000m], Original(japan));
    }

    [Fact]
    public async Task A_fund_has_one_row_per_currency_for_all_donors_together()
    {
        var funds = (await ReportAsync()).Funds;
        Assert.Equal(["EUR", "USD"], funds.Select(f => f.Currency));
        Assert.Equal((22_000m, 80_000m), (funds[0].DisbursedUsd, funds[1].Disbursed));
    }

    [Fact]
    public async Task A_multi_year_pledge_shows_the_tranche_of_the_period()
    {
        var tranche = Assert.Single((await ReportAsync()).Schedule);
        Assert.Equal((2024, 100_000m), (tranche.Year, tranche.Amount));
    }

    [Fact]
    public async Task Predictability_is_the_multi_year_share_of_commitments()
    {
        var predictability = (await ReportAsync()).Predictability;
        Assert.Equal(1.0, predictability.Single(p => p.Donor == "GoJ").MultiYearShare);
        Assert.Equal(0.0, predictability.Single(p => p.Donor == "EU").MultiYearShare);
    }

    [Fact]
    public async Task Outputs_bought_follow_the_donors_share_of_the_money_disbursed()
    {
        // Japan paid 80,000 of the 102,000 USD disbursed to the project.
        var japan = (await ReportAsync()).Outputs.Single(o => o.Donor == "GoJ");
        Assert.Equal(Math.Round(80_000.0 / 102_000.0, 4), japan.Share);
        Assert.Equal(50_000m, japan.SpentUsd);
        var reached = japan.Outputs.EoreReached;
        Assert.Equal([9, 8, 6, 5], [reached.Girls, reached.Boys, reached.Women, reached.Men]);
    }

    [Fact]
    public async Task The_csv_carries_an_hxl_row_and_the_same_money()
    {
        var csv = (await _f.Donor.GetStringAsync($"/api/v1/reports/donor.csv?from=2024-01-01&to=2024-12-31&fundId={await ProgrammeAsync()}")).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("#org +funder +name,#activity +programme +name,#currency,#value +pledged,#value +committed,#value +received,#value +disbursed,#value +spent,"
            + "#indicator +num +usd +pledged,#indicator +num +usd +committed,#indicator +num +usd +received,#indicator +num +usd +disbursed,"
            + "#indicator +num +usd +spent", csv[1]);
        Assert.EndsWith(",EUR,100000.00,100000.00,100000.00,20000.00,10000.00,110000.00,110000.00,110000.00,22000.00,11000.00", csv[2]);
    }

    [Fact]
    public async Task The_workbook_has_a_sheet_per_part_of_the_report()
    {
        var xlsx = await _f.Donor.GetAsync($"/api/v1/reports/donor.xlsx?from=2024-01-01&to=2024-12-31&fundId={await ProgrammeAsync()}");
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
    public async Task The_workbook_formats_money_shares_and_dates_and_names_its_period()
    {
        var xlsx = await _f.Donor.GetByteArrayAsync($"/api/v1/reports/donor.xlsx?from=2024-01-01&to=2024-12-31&fundId={await ProgrammeAsync()}");
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var cover = workbook.Worksheet(1);
        Assert.Equal("Report", cover.Name);
        Assert.Equal(new DateTime(2024, 1, 1), cover.Cell(2, 2).GetDateTime());
        Assert.Equal(new DateTime(2024, 12, 31), cover.Cell(3, 2).GetDateTime());
        Assert.Equal(XLDataType.DateTime, cover.Cell(4, 2).DataType);
        Assert.Equal("#,##0.00", workbook.Worksheet("Money").Cell(3, 7).Style.NumberFormat.Format);
        Assert.Equal("0.0%", workbook.Worksheet("Predictability").Cell(3, 4).Style.NumberFormat.Format);
        Assert.Equal("0.0%", workbook.Worksheet("Outputs").Column(3).Style.NumberFormat.Format);
    }

    [Fact]
    public async Task A_multi_year_pledge_is_spread_across_its_years()
    {
        var contribution = await _f.ContributionAsync(await _f.FundAsync(), amount: 1_000_000m, spreadFrom: 2025, spreadTo: 2027);
        var read = await _f.Donor.GetAsync<ContributionDto>($"/api/v1/contributions/{contribution}");
        Assert.Equal([(2025, 333_333.33m), (2026, 333_333.33m), (2027, 333_333.34m)], read.Schedule.Select(t => (t.Year, t.Amount)));
        Assert.True(read.MultiYear);
    }

    /// <summary>A three-year agreement with one receipt, and the ETag it was read with.</summary>
    private async Task<(Guid Contribution, string ETag)> AgreementAsync()
    {
        var contribution = await _f.ContributionAsync(await _f.FundAsync(), amount: 300_000m, spreadFrom: 2024, spreadTo: 2026);
        await _f.RecordOkAsync(contribution, "IncomingFunds", 100_000m, "2024-02-01");
        return (contribution, (await _f.Donor.GetAsync($"/api/v1/contributions/{contribution}")).Headers.ETag!.Tag);
    }

    private Task<HttpResponseMessage> AmendAsync(Guid contribution, object terms, string etag) =>
        _f.Donor.PutJsonAsync($"/api/v1/contributions/{contribution}", terms, etag);

    private static readonly object Amendment = new
    {
        reference = "GoJ/2024/amendment-1", amount = 450_000m,
        schedule = new[] { new { year = 2024, amount = 100_000m }, new { year = 2025, amount = 150_000m }, new { year = 2026, amount = 200_000m } },
        earmarkedActivity = "Clearance",
    };

    [Fact]
    public async Task An_amended_agreement_keeps_its_transactions()
    {
        var (contribution, etag) = await AgreementAsync();
        var amended = await AmendAsync(contribution, Amendment, etag).ReadAsync<ContributionDto>();
        Assert.Equal((450_000m, 200_000m), (amended.Amount, amended.Schedule[2].Amount));
        Assert.Single(amended.Transactions);
    }

    [Fact]
    public async Task An_amendment_needs_the_current_version()
    {
        var (contribution, etag) = await AgreementAsync();
        await AmendAsync(contribution, Amendment, etag).ReadAsync<ContributionDto>();
        await (await AmendAsync(contribution, new { reference = "late", amount = 1m }, etag)).ProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task An_amended_schedule_adds_up_to_the_amount()
    {
        var (contribution, etag) = await AgreementAsync();
        var mismatch = await AmendAsync(contribution, new { reference = "x", amount = 10m, schedule = new[] { new { year = 2024, amount = 5m } } }, etag);
        Assert.Equal("SCHEDULE_MISMATCH", await mismatch.RuleAsync());
    }

    [Fact]
    public async Task An_amendment_keeps_a_reference()
    {
        var (contribution, etag) = await AgreementAsync();
        await (await AmendAsync(contribution, new { amount = 10m }, etag)).FieldErrorAsync("reference");
    }

    [Fact]
    public async Task The_report_needs_a_period()
    {
        await (await _f.Donor.GetAsync("/api/v1/reports/donor?to=2024-12-31")).FieldErrorAsync("from");
        await (await _f.Donor.GetAsync("/api/v1/reports/donor?from=2024-12-31&to=2024-01-01")).FieldErrorAsync("to");
    }

    [Fact]
    public async Task Every_role_reads_the_report() =>
        await app.ClientFor(Roles.Viewer).GetAsync<DonorReport.Report>("/api/v1/reports/donor?from=2024-01-01&to=2024-12-31");
}
