using Microsoft.EntityFrameworkCore;
using MineAction.Application.Resources;
using MineAction.Domain.DataImport;
using MineAction.Domain.Resources;
using static MineAction.Api.Tests.DataImport.ImportApi;

namespace MineAction.Api.Tests.DataImport;

/// <summary>
/// Contributions and their transactions from two linked tables, brought in by a donor reporting officer: the ledger's rules hold row by
/// row, a corrected contributions file amends the agreements it names, and a transaction is never edited by a file.
/// </summary>
public sealed class FundingImportTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private const string Contributions = "reference,donor,fund,project,recipient,currency,amount,schedule,earmarked_activity,earmarked_province";
    private const string Transactions = "external_id,donor,contribution,type,date,amount,currency,usd_rate,rate_date,description";

    private readonly Funding _f = new(app);

    private async Task<(string Fund, string Project)> FundAndProjectAsync()
    {
        var fund = await _f.Donor.GetAsync<FundDto>($"/api/v1/funds/{await _f.FundAsync()}");
        return (fund.Name, (await _f.ProjectAsync()).Code);
    }

    [Fact]
    public async Task Contributions_and_transactions_import_in_order_and_keep_the_ledger_rules()
    {
        var (fund, project) = await FundAndProjectAsync();
        var contributions = await ImportedAsync(_f.Donor, "Contributions", $"{Contributions}\n"
            + $"IMP-AGR-1,GoJ,{fund},{project},HALO,USD,250000.00,2024:150000;2025:100000,Clearance,\n"
            + $"IMP-AGR-2,EU,{fund},,,EUR,80000,,,\n");
        Assert.Equal(2, contributions.Created);

        var transactions = await ImportedAsync(_f.Donor, "Transactions", $"{Transactions}\n"
            + "T1,GoJ,IMP-AGR-1,IncomingFunds,2024-02-01,150000,,,,First tranche\n"
            + "T2,GoJ,IMP-AGR-1,3,2024-03-01,90000,,,,To the project\n"
            + "T3,GoJ,IMP-AGR-1,Expenditure,2024-06-30,60000.50,,,,Clearance teams\n"
            + "T1,EU,IMP-AGR-2,IncomingFunds,2024-04-01,80000,EUR,1.08,2024-04-01,\n");
        Assert.Equal(4, transactions.Created);

        await using var db = app.Db();
        var agreement = await db.Contributions.SingleAsync(c => c.Reference == "IMP-AGR-1");
        Assert.Equal([new Tranche(2024, 150_000m), new Tranche(2025, 100_000m)], agreement.Schedule);
        var ledger = await db.FundingTransactions.Where(t => t.ContributionId == agreement.Id).OrderBy(t => t.Date).ToListAsync();
        Assert.Equal(["T1", "T2", "T3"], ledger.Select(t => t.ExternalImsmaId));
        Assert.Equal(TransactionType.Disbursement, ledger[1].Type); // an IATI code names the type too
        var euro = await db.FundingTransactions.SingleAsync(t => t.ExternalImsmaId == "T1" && t.Currency == "EUR"
            && db.Contributions.Any(c => c.Id == t.ContributionId && c.Reference == "IMP-AGR-2"));
        Assert.Equal(86_400m, euro.UsdAmount);

        // The API shows the source's ids; the same file again changes nothing (the file's hash is new: one more space).
        var read = await _f.Donor.GetAsync<ContributionDto>($"/api/v1/contributions/{agreement.Id}");
        Assert.Equal(["T1", "T2", "T3"], read.Transactions.Select(t => t.ExternalImsmaId));
        var again = await ImportedAsync(_f.Donor, "Transactions", $"{Transactions} \nT1,GoJ,IMP-AGR-1,IncomingFunds,2024-02-01,150000,,,,First tranche\n");
        Assert.Equal((0, 1), (again.Created, again.Unchanged));
    }

    [Fact]
    public async Task Ledger_rules_and_references_are_reported_per_row_and_nothing_is_written()
    {
        var (fund, _) = await FundAndProjectAsync();
        await ImportedAsync(_f.Donor, "Contributions", $"{Contributions}\nIMP-AGR-3,GoJ,{fund},,,USD,1000,,,\n");
        var bad = await CheckedAsync(_f.Donor, "Transactions", Csv($"{Transactions}\n"
            + "A1,GoJ,IMP-AGR-3,IncomingFunds,2024-02-01,500,,,,\n"
            + "A2,GoJ,IMP-AGR-3,Disbursement,2024-03-01,500.01,,,,\n"
            + "A3,GoJ,IMP-AGR-3,Expenditure,2024-03-02,1,,,,\n"
            + "A4,GoJ,IMP-NONE,IncomingFunds,2024-03-03,1,,,,\n"
            + "A5,GoJ,IMP-AGR-3,IncomingFunds,2099-01-01,1,,,,\n"
            + "A6,GoJ,IMP-AGR-3,IncomingFunds,2024-03-04,1 000,,,,\n"
            + "A1,GoJ,IMP-AGR-3,IncomingFunds,2024-02-01,500,,,,\n"));
        Assert.Equal(ImportState.Invalid, bad.State);
        var problems = await ProblemsAsync(_f.Donor, bad.Id);
        Assert.Contains(problems, p => p is { Row: 3, Column: "amount", Rule: "DISBURSED_EXCEEDS_RECEIVED" });
        Assert.Contains(problems, p => p is { Row: 4, Column: "type", Rule: "EXPENDITURE_NEEDS_PROJECT" });
        Assert.Contains(problems, p => p is { Row: 5, Column: "contribution", Rule: "IMPORT_REFERENCE_UNKNOWN", Value: "IMP-NONE" });
        Assert.Contains(problems, p => p is { Row: 6, Column: "date", Rule: "FUTURE_DATED" });
        Assert.Contains(problems, p => p is { Row: 7, Column: "amount", Rule: "IMPORT_NUMBER_INVALID" });
        Assert.Contains(problems, p => p is { Row: 8, Column: "external_id" });
        Assert.DoesNotContain(problems, p => p.Row == 2);

        await using var db = app.Db();
        Assert.False(await db.FundingTransactions.AnyAsync(t => t.ExternalImsmaId == "A1"));

        // Money is imported by those who record it.
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(app.ClientFor(Roles.OperatorDataEntry), "Transactions", Csv(Transactions))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(app.ClientFor(Roles.VictimAssistanceOfficer), "Contributions", Csv(Contributions))).StatusCode);
    }

    [Fact]
    public async Task A_corrected_contributions_file_amends_the_terms_but_not_the_fund()
    {
        var (fund, project) = await FundAndProjectAsync();
        var (otherFund, _) = await FundAndProjectAsync();
        await ImportedAsync(_f.Donor, "Contributions", $"{Contributions}\nIMP-AGR-4,GoJ,{fund},{project},,USD,1000,,,\nIMP-AGR-5,GoJ,{fund},,,USD,500,,,\n");
        var amended = await ImportedAsync(_f.Donor, "Contributions",
            $"{Contributions}\nIMP-AGR-4,GoJ,{fund},{project},HALO,USD,1200,2024:700;2025:500,,\nIMP-AGR-5,GoJ,{fund},,,USD,500,,,\n");
        Assert.Equal((0, 1, 1), (amended.Created, amended.Updated, amended.Unchanged));

        await using var db = app.Db();
        var agreement = await db.Contributions.SingleAsync(c => c.Reference == "IMP-AGR-4");
        Assert.Equal((1200m, 2), (agreement.Amount, agreement.Schedule.Count));
        Assert.Contains("Updated", await db.AuditEntries.Where(a => a.EntityId == agreement.Id).Select(a => a.Action).ToListAsync());

        var moved = await CheckedAsync(_f.Donor, "Contributions", Csv($"{Contributions}\nIMP-AGR-5,GoJ,{otherFund},,,USD,500,,,\n"
            + $"IMP-AGR-6,GoJ,{fund},,,USD,100,2024:60;2025:60,,\nIMP-AGR-7,GoJ,{fund},,,USD,100,2024-60,,\n"));
        var problems = await ProblemsAsync(_f.Donor, moved.Id);
        Assert.Contains(problems, p => p is { Row: 2, Column: "fund", Rule: "IMPORT_CONTRIBUTION_FIXED" });
        Assert.Contains(problems, p => p is { Row: 3, Column: "schedule", Rule: "SCHEDULE_MISMATCH" });
        Assert.Contains(problems, p => p is { Row: 4, Column: "schedule", Rule: "IMPORT_SCHEDULE_INVALID" });
    }
}
