using System.Globalization;
using MineAction.Application.Auditing;
using MineAction.Application.Resources;

namespace MineAction.Api.Tests.Resources;

/// <summary>The funding ledger's rules: disbursed ≤ received per fund and currency, spent ≤ disbursed per project, no future money, USD conversion.</summary>
public sealed class FundingRulesTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Funding _f = new(app);

    /// <summary>A fund, a project and a USD contribution that received 1,000 and disbursed 600.</summary>
    private async Task<(Guid Fund, Guid Project, Guid Usd)> PartlyDisbursedFundAsync()
    {
        var fund = await _f.FundAsync();
        var project = (await _f.ProjectAsync()).Id;
        var usd = await _f.ContributionAsync(fund, project);
        await _f.RecordOkAsync(usd, "IncomingFunds", 1_000m);
        await _f.RecordOkAsync(usd, "Disbursement", 600m);
        return (fund, project, usd);
    }

    [Fact]
    public async Task A_fund_disburses_no_more_than_it_received()
    {
        var (_, _, usd) = await PartlyDisbursedFundAsync();
        Assert.Equal("DISBURSED_EXCEEDS_RECEIVED", await (await _f.RecordAsync(usd, "Disbursement", 400.01m)).RuleAsync());
        await _f.RecordOkAsync(usd, "Disbursement", 400m);
    }

    [Fact]
    public async Task Money_received_in_one_currency_does_not_cover_a_disbursement_in_another()
    {
        var (fund, project, usd) = await PartlyDisbursedFundAsync();
        await _f.RecordOkAsync(usd, "Disbursement", 400m);
        var eur = await _f.ContributionAsync(fund, project, currency: "EUR", donor: "EU");
        await _f.RecordOkAsync(eur, "IncomingFunds", 5_000m, usdRate: 1.1m);
        Assert.Equal("DISBURSED_EXCEEDS_RECEIVED", await (await _f.RecordAsync(usd, "Disbursement", 1m)).RuleAsync());
        await _f.RecordOkAsync(usd, "Disbursement", 5_000m, currency: "EUR", usdRate: 1.1m);
    }

    [Fact]
    public async Task A_project_spends_no_more_than_it_was_disbursed()
    {
        var contribution = await _f.ContributionAsync(await _f.FundAsync(), (await _f.ProjectAsync()).Id);
        await _f.RecordOkAsync(contribution, "IncomingFunds", 10_000m);
        await _f.RecordOkAsync(contribution, "Disbursement", 2_500m);
        await _f.RecordOkAsync(contribution, "Expenditure", 2_000m);
        Assert.Equal("EXPENDITURE_EXCEEDS_DISBURSED", await (await _f.RecordAsync(contribution, "Expenditure", 500.01m)).RuleAsync());
    }

    [Fact]
    public async Task Spending_needs_a_project()
    {
        var noProject = await _f.ContributionAsync(await _f.FundAsync());
        Assert.Equal("EXPENDITURE_NEEDS_PROJECT", await (await _f.RecordAsync(noProject, "Expenditure", 1m)).RuleAsync());
    }

    [Theory]
    [InlineData("IncomingFunds")]
    [InlineData("IncomingPledge")]
    public async Task Transactions_are_never_future_dated(string type)
    {
        var contribution = await _f.ContributionAsync(await _f.FundAsync());
        Assert.Equal("FUTURE_DATED", await (await _f.RecordAsync(contribution, type, 100m, TestDates.Today(1))).RuleAsync());
        Assert.Empty((await _f.Donor.GetAsync<ContributionDto>($"/api/v1/contributions/{contribution}")).Transactions);
    }

    /// <summary>NOK rates on 1 January (typed in), 1 June and 1 September 2024 (imported), and a NOK contribution.</summary>
    private Task<Guid> NorwegianContributionAsync() => app.OnceAsync("NOK contribution", async () =>
    {
        await _f.Donor.PostAsync<ExchangeRateDto>("/api/v1/exchange-rates", new { currency = "NOK", rateDate = "2024-01-01", usdPerUnit = 0.095m });
        var import = await _f.Donor.PostAsync<ImportExchangeRates.Result>("/api/v1/exchange-rates/import",
            new { csv = "currency,date,usd_per_unit\nNOK,2024-06-01,0.0925\nNOK,2024-09-01,0.091\n" });
        Assert.Equal(2, import.Imported);
        return await _f.ContributionAsync(await _f.FundAsync(), currency: "NOK", donor: "NMFA", amount: 2_000_000m);
    });

    [Theory]
    [InlineData("2024-03-15", "2024-01-01", 0.095)]
    [InlineData("2024-08-31", "2024-06-01", 0.0925)]
    [InlineData("2024-09-01", "2024-09-01", 0.091)]
    public async Task Usd_values_use_the_latest_rate_on_or_before_the_value_date(string date, string rateDate, double rate)
    {
        var contribution = await NorwegianContributionAsync();
        var recorded = (await _f.RecordOkAsync(contribution, "IncomingCommitment", 1_000m, date)).Transactions.Single(t => t.Date == DateOnly.Parse(date, CultureInfo.InvariantCulture));
        Assert.Equal((DateOnly.Parse(rateDate, CultureInfo.InvariantCulture), (decimal)rate, 1_000m * (decimal)rate, 11), (recorded.RateDate, recorded.UsdRate, recorded.UsdAmount, recorded.TypeCode));
    }

    [Fact]
    public async Task Money_before_the_first_rate_needs_a_rate() =>
        Assert.Equal("RATE_MISSING", await (await _f.RecordAsync(await NorwegianContributionAsync(), "IncomingFunds", 10m, "2023-12-31")).RuleAsync());

    [Fact]
    public async Task A_rate_import_with_a_bad_row_stores_nothing_and_names_every_bad_row()
    {
        var response = await _f.Donor.PostAsJsonAsync("/api/v1/exchange-rates/import",
            new { csv = "SEK,2024-02-01,0.096\nSEK,2024-02-30,0.095\nXYZ,2024-03-01,1\nSEK,2024-04-01,-1\n" });
        foreach (var row in new[] { "rows[2]", "rows[3]", "rows[4]" })
        {
            await response.FieldErrorAsync(row);
        }

        Assert.Equal(0, (await _f.Donor.GetAsync<PagedResult<ExchangeRateDto>>("/api/v1/exchange-rates?currency=SEK")).TotalCount);
    }

    [Theory]
    [InlineData("currency", """{"reference":"X","currency":"EUROS","amount":10}""")]
    [InlineData("amount", """{"reference":"X","currency":"EUR","amount":0}""")]
    public async Task A_bad_contribution_is_a_400_naming_the_field(string field, string body)
    {
        var json = JsonNode.Parse(body)!.AsObject();
        json["donorId"] = await _f.OrganisationAsync("GoJ");
        json["fundId"] = await _f.FundAsync();
        await (await _f.Donor.PostJsonAsync("/api/v1/contributions", json.ToJsonString())).FieldErrorAsync(field);
    }

    [Fact]
    public async Task A_schedule_adds_up_to_the_agreed_amount()
    {
        var mismatch = await _f.Donor.PostAsJsonAsync("/api/v1/contributions", new
        {
            donorId = await _f.OrganisationAsync("GoJ"), fundId = await _f.FundAsync(), reference = "X", currency = "EUR", amount = 100m,
            schedule = new[] { new { year = 2024, amount = 50m }, new { year = 2025, amount = 40m } },
        });
        Assert.Equal("SCHEDULE_MISMATCH", await mismatch.RuleAsync());
    }

    [Fact]
    public async Task A_fund_needs_a_managing_organisation() =>
        await (await _f.Donor.PostAsJsonAsync("/api/v1/funds", new { name = "No manager", kind = "Bilateral" })).FieldErrorAsync("managingOrganisationId");

    [Fact]
    public async Task A_negative_transaction_is_a_400() =>
        await (await _f.RecordAsync(await _f.ContributionAsync(await _f.FundAsync()), "Expenditure", -5m)).FieldErrorAsync("amount");

    [Fact]
    public async Task A_task_funded_by_an_unknown_contribution_is_a_400()
    {
        var hazard = await new Ledger(app).HazardAsync();
        var task = await app.ClientFor(Roles.InformationManager).PostAsJsonAsync("/api/v1/tasks", new
        {
            organisationId = await _f.OrganisationAsync("HALO"), activity = "Clearance", hazardousAreaIds = new[] { hazard.Id }, priority = "High",
            fundingContributionId = Guid.NewGuid(),
        });
        await task.FieldErrorAsync("fundingContributionId");
    }

    [Theory]
    [InlineData("/api/v1/contributions?pageSize=0", "pageSize")]
    [InlineData("/api/v1/exchange-rates?page=0", "page")]
    public async Task Bad_paging_is_a_400(string url, string field) => await (await _f.Donor.GetAsync(url)).FieldErrorAsync(field);

    /// <summary>A contribution that received 1,000, disbursed 800 and spent 300: the receipt's and disbursement's ids.</summary>
    private async Task<(Guid Fund, ContributionDto Contribution, Guid Received, Guid Disbursed)> SpentContributionAsync()
    {
        var fund = await _f.FundAsync();
        var contribution = await _f.ContributionAsync(fund, (await _f.ProjectAsync()).Id);
        var received = (await _f.RecordOkAsync(contribution, "IncomingFunds", 1_000m)).Transactions[0].Id;
        var disbursed = (await _f.RecordOkAsync(contribution, "Disbursement", 800m)).Transactions[1].Id;
        return (fund, await _f.RecordOkAsync(contribution, "Expenditure", 300m), received, disbursed);
    }

    private Task<HttpResponseMessage> ArchiveAsync(string resource, Guid id, object body) =>
        _f.Donor.PostAsJsonAsync($"/api/v1/{resource}/{id}/archive", body);

    [Fact]
    public async Task A_transaction_is_not_archived_when_the_ledger_would_break()
    {
        var (_, _, received, disbursed) = await SpentContributionAsync();
        Assert.Equal("DISBURSED_EXCEEDS_RECEIVED", await (await ArchiveAsync("transactions", received, new { reason = "Typo" })).RuleAsync());
        Assert.Equal("EXPENDITURE_EXCEEDS_DISBURSED", await (await ArchiveAsync("transactions", disbursed, new { reason = "Typo" })).RuleAsync());
    }

    [Fact]
    public async Task An_archive_needs_a_reason()
    {
        var (_, _, _, disbursed) = await SpentContributionAsync();
        await (await ArchiveAsync("transactions", disbursed, new { })).FieldErrorAsync("reason");
    }

    [Fact]
    public async Task Records_still_referred_to_are_not_archived()
    {
        var (fund, contribution, _, _) = await SpentContributionAsync();
        Assert.Equal("CONTRIBUTION_HAS_TRANSACTIONS", await (await ArchiveAsync("contributions", contribution.Id, new { reason = "Recorded twice" })).RuleAsync());
        Assert.Equal("FUND_HAS_CONTRIBUTIONS", await (await ArchiveAsync("funds", fund, new { reason = "Wrong" })).RuleAsync());
        Assert.Equal("PROJECT_HAS_CONTRIBUTIONS", await (await ArchiveAsync("projects", contribution.ProjectId!.Value, new { reason = "Wrong" })).RuleAsync());
    }

    [Fact]
    public async Task A_contribution_archived_with_a_reason_leaves_reads_and_keeps_its_reason()
    {
        var mistaken = await _f.ContributionAsync(await _f.FundAsync());
        await ArchiveAsync("contributions", mistaken, new { reason = "Recorded twice" }).ReadAsync<ContributionDto>();
        Assert.Equal(HttpStatusCode.NotFound, (await _f.Donor.GetAsync($"/api/v1/contributions/{mistaken}")).StatusCode);
        var audit = await app.ClientFor(Roles.InformationManager).GetAsync<PagedResult<GetAuditTrail.AuditEntryDto>>($"/api/v1/audit?entity=Contribution&id={mistaken}");
        Assert.Contains(audit.Items, e => e.Reason == "Recorded twice");
    }

    [Fact]
    public async Task Concurrent_disbursements_never_overdraw_the_fund()
    {
        var fund = await _f.FundAsync();
        var contribution = await _f.ContributionAsync(fund, (await _f.ProjectAsync()).Id);
        await _f.RecordOkAsync(contribution, "IncomingFunds", 1_000m);
        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _f.RecordAsync(contribution, "Disbursement", 300m)));
        Assert.Equal(3, attempts.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(5, attempts.Count(r => r.StatusCode == HttpStatusCode.UnprocessableEntity));
        Assert.Equal(900m, (await _f.Donor.GetAsync<FundDto>($"/api/v1/funds/{fund}")).DisbursedUsd);
    }
}
