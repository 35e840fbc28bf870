namespace MineAction.Api.Tests.Resources;

/// <summary>The funding ledger's rules: disbursed ≤ received per fund and currency, spent ≤ disbursed per project, no future money, USD conversion.</summary>
public sealed class FundingRulesTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Funding _f = new(app);

    private static async Task<string> RuleAsync(HttpResponseMessage response) =>
        (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity))["code"]!.GetValue<string>();

    [Fact]
    public async Task A_fund_disburses_no_more_than_it_received_in_each_currency()
    {
        var fund = await _f.FundAsync();
        var project = (await _f.ProjectAsync())["id"]!.GetValue<Guid>();
        var usd = await _f.ContributionAsync(fund, project);
        await _f.RecordOkAsync(usd, "IncomingFunds", 1_000m);
        await _f.RecordOkAsync(usd, "Disbursement", 600m);
        Assert.Equal("DISBURSED_EXCEEDS_RECEIVED", await RuleAsync(await _f.RecordAsync(usd, "Disbursement", 400.01m)));
        await _f.RecordOkAsync(usd, "Disbursement", 400m);

        // Euros received do not cover a disbursement in dollars.
        var eur = await _f.ContributionAsync(fund, project, currency: "EUR", donor: "EU");
        await _f.RecordOkAsync(eur, "IncomingFunds", 5_000m, usdRate: 1.1m);
        Assert.Equal("DISBURSED_EXCEEDS_RECEIVED", await RuleAsync(await _f.RecordAsync(usd, "Disbursement", 1m)));
        await _f.RecordOkAsync(usd, "Disbursement", 5_000m, currency: "EUR", usdRate: 1.1m);
    }

    [Fact]
    public async Task A_project_spends_no_more_than_it_was_disbursed()
    {
        var fund = await _f.FundAsync();
        var project = (await _f.ProjectAsync())["id"]!.GetValue<Guid>();
        var contribution = await _f.ContributionAsync(fund, project);
        await _f.RecordOkAsync(contribution, "IncomingFunds", 10_000m);
        await _f.RecordOkAsync(contribution, "Disbursement", 2_500m);
        await _f.RecordOkAsync(contribution, "Expenditure", 2_000m);
        Assert.Equal("EXPENDITURE_EXCEEDS_DISBURSED", await RuleAsync(await _f.RecordAsync(contribution, "Expenditure", 500.01m)));

        var noProject = await _f.ContributionAsync(fund);
        Assert.Equal("EXPENDITURE_NEEDS_PROJECT", await RuleAsync(await _f.RecordAsync(noProject, "Expenditure", 1m)));
    }

    [Fact]
    public async Task Receipts_and_other_transactions_are_never_future_dated()
    {
        var contribution = await _f.ContributionAsync(await _f.FundAsync());
        var tomorrow = TestDates.Today(1);
        Assert.Equal("FUTURE_DATED", await RuleAsync(await _f.RecordAsync(contribution, "IncomingFunds", 100m, tomorrow)));
        Assert.Equal("FUTURE_DATED", await RuleAsync(await _f.RecordAsync(contribution, "IncomingPledge", 100m, tomorrow)));
        var contributionNow = await (await _f.Donor.GetAsync($"/api/v1/contributions/{contribution}")).JsonAsync();
        Assert.Empty(contributionNow["transactions"]!.AsArray());
    }

    [Fact]
    public async Task Usd_values_use_the_latest_rate_on_or_before_the_value_date()
    {
        var currency = "NOK";
        Assert.Equal(HttpStatusCode.Created, (await _f.Donor.PostAsJsonAsync("/api/v1/exchange-rates",
            new { currency, rateDate = "2024-01-01", usdPerUnit = 0.095m })).StatusCode);
        var import = await _f.Donor.PostAsJsonAsync("/api/v1/exchange-rates/import", new { csv = "currency,date,usd_per_unit\nNOK,2024-06-01,0.0925\nNOK,2024-09-01,0.091\n" });
        Assert.Equal(2, (await import.JsonAsync())["imported"]!.GetValue<int>());

        var contribution = await _f.ContributionAsync(await _f.FundAsync(), currency: currency, donor: "NMFA", amount: 2_000_000m);
        await _f.RecordOkAsync(contribution, "IncomingCommitment", 2_000_000m, "2024-03-15");
        var after = await _f.RecordOkAsync(contribution, "IncomingFunds", 1_000_000m, "2024-08-31");
        var rows = after["transactions"]!.AsArray();
        Assert.Equal(190_000m, rows[0]!["usdAmount"]!.GetValue<decimal>());
        Assert.Equal("2024-01-01", rows[0]!["rateDate"]!.GetValue<string>());
        Assert.Equal(92_500m, rows[1]!["usdAmount"]!.GetValue<decimal>());
        Assert.Equal(0.0925m, rows[1]!["usdRate"]!.GetValue<decimal>());
        Assert.Equal(1, rows[1]!["typeCode"]!.GetValue<int>());

        var missing = await _f.RecordAsync(contribution, "IncomingFunds", 10m, "2023-12-31");
        Assert.Equal("RATE_MISSING", await RuleAsync(missing));
    }

    [Fact]
    public async Task A_rate_import_with_a_bad_row_stores_nothing_and_names_every_bad_row()
    {
        var response = await _f.Donor.PostAsJsonAsync("/api/v1/exchange-rates/import",
            new { csv = "SEK,2024-02-01,0.096\nSEK,2024-02-30,0.095\nXYZ,2024-03-01,1\nSEK,2024-04-01,-1\n" });
        var body = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var errors = body["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("rows[2]") && errors.ContainsKey("rows[3]") && errors.ContainsKey("rows[4]"), body.ToJsonString());
        var page = await _f.Donor.GetFromJsonAsync<JsonObject>("/api/v1/exchange-rates?currency=SEK");
        Assert.Equal(0, page!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Bad_input_is_refused_with_the_field_named()
    {
        var fund = await _f.FundAsync();
        var donor = await _f.OrganisationAsync("GoJ");
        await (await _f.Donor.PostAsJsonAsync("/api/v1/contributions", new { donorId = donor, fundId = fund, reference = "X", currency = "EUROS", amount = 10m }))
            .FieldErrorAsync("currency");
        await (await _f.Donor.PostAsJsonAsync("/api/v1/contributions", new { donorId = donor, fundId = fund, reference = "X", currency = "EUR", amount = 0m }))
            .FieldErrorAsync("amount");
        var mismatch = await _f.Donor.PostAsJsonAsync("/api/v1/contributions", new
        {
            donorId = donor, fundId = fund, reference = "X", currency = "EUR", amount = 100m,
            schedule = new[] { new { year = 2024, amount = 50m }, new { year = 2025, amount = 40m } },
        });
        Assert.Equal("SCHEDULE_MISMATCH", await RuleAsync(mismatch));
        await (await _f.Donor.PostAsJsonAsync("/api/v1/funds", new { name = "No manager", kind = "Bilateral" })).FieldErrorAsync("managingOrganisationId");
        var contribution = await _f.ContributionAsync(fund);
        await (await _f.RecordAsync(contribution, "Expenditure", -5m)).FieldErrorAsync("amount");

        var hazard = await new Ledger(app).HazardAsync();
        var task = await app.ClientFor(MineAction.Application.Security.Roles.InformationManager).PostAsJsonAsync("/api/v1/tasks", new
        {
            organisationId = await _f.OrganisationAsync("HALO"), activity = "Clearance", hazardousAreaIds = new[] { hazard.Id }, priority = "High",
            fundingContributionId = Guid.NewGuid(),
        });
        await task.FieldErrorAsync("fundingContributionId");
        await (await _f.Donor.GetAsync("/api/v1/contributions?pageSize=0")).FieldErrorAsync("pageSize");
        await (await _f.Donor.GetAsync("/api/v1/exchange-rates?page=0")).FieldErrorAsync("page");
    }

    [Fact]
    public async Task A_transaction_is_archived_with_a_reason_unless_the_ledger_would_break()
    {
        var fund = await _f.FundAsync();
        var contribution = await _f.ContributionAsync(fund, (await _f.ProjectAsync())["id"]!.GetValue<Guid>());
        var received = (await _f.RecordOkAsync(contribution, "IncomingFunds", 1_000m))["transactions"]![0]!["id"]!.GetValue<Guid>();
        var disbursed = (await _f.RecordOkAsync(contribution, "Disbursement", 800m))["transactions"]![1]!["id"]!.GetValue<Guid>();
        await _f.RecordOkAsync(contribution, "Expenditure", 300m);

        Assert.Equal("DISBURSED_EXCEEDS_RECEIVED", await RuleAsync(await _f.Donor.PostAsJsonAsync($"/api/v1/transactions/{received}/archive", new { reason = "Typo" })));
        Assert.Equal("EXPENDITURE_EXCEEDS_DISBURSED", await RuleAsync(await _f.Donor.PostAsJsonAsync($"/api/v1/transactions/{disbursed}/archive", new { reason = "Typo" })));
        await (await _f.Donor.PostAsJsonAsync($"/api/v1/transactions/{disbursed}/archive", new { })).FieldErrorAsync("reason");
        Assert.Equal("CONTRIBUTION_HAS_TRANSACTIONS",
            await RuleAsync(await _f.Donor.PostAsJsonAsync($"/api/v1/contributions/{contribution}/archive", new { reason = "Recorded twice" })));

        Assert.Equal("FUND_HAS_CONTRIBUTIONS", await RuleAsync(await _f.Donor.PostAsJsonAsync($"/api/v1/funds/{fund}/archive", new { reason = "Wrong" })));
        var projectId = (await (await _f.Donor.GetAsync($"/api/v1/contributions/{contribution}")).JsonAsync())["projectId"]!.GetValue<Guid>();
        Assert.Equal("PROJECT_HAS_CONTRIBUTIONS",
            await RuleAsync(await _f.Donor.PostAsJsonAsync($"/api/v1/projects/{projectId}/archive", new { reason = "Wrong" })));

        var mistaken = await _f.ContributionAsync(fund);
        Assert.Equal(HttpStatusCode.OK, (await _f.Donor.PostAsJsonAsync($"/api/v1/contributions/{mistaken}/archive", new { reason = "Recorded twice" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _f.Donor.GetAsync($"/api/v1/contributions/{mistaken}")).StatusCode);
        var audit = await app.ClientFor(MineAction.Application.Security.Roles.InformationManager).GetFromJsonAsync<JsonObject>($"/api/v1/audit?entity=Contribution&id={mistaken}");
        Assert.Contains(audit!["items"]!.AsArray(), e => e!["reason"]?.GetValue<string>() == "Recorded twice");
    }

    [Fact]
    public async Task Concurrent_disbursements_never_overdraw_the_fund()
    {
        var fund = await _f.FundAsync();
        var contribution = await _f.ContributionAsync(fund, (await _f.ProjectAsync())["id"]!.GetValue<Guid>());
        await _f.RecordOkAsync(contribution, "IncomingFunds", 1_000m);
        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _f.RecordAsync(contribution, "Disbursement", 300m)));
        Assert.Equal(3, attempts.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(5, attempts.Count(r => r.StatusCode == HttpStatusCode.UnprocessableEntity));
        var funds = await _f.Donor.GetFromJsonAsync<JsonArray>("/api/v1/funds");
        Assert.Equal(900m, funds!.Single(f => f!["id"]!.GetValue<Guid>() == fund)!["disbursedUsd"]!.GetValue<decimal>());
    }
}
