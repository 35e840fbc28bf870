using CsCheck;
using MineAction.Domain.Common;
using MineAction.Domain.Resources;

namespace MineAction.Domain.Tests.Resources;

public sealed class FundingLedgerTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static Contribution Contribution(Guid? project = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), project, null, "AGR-1", CurrencyCode.Of("EUR"), 1_000m, [], null, null);

    private static string Rule(Action action) => Assert.Throws<DomainRuleViolation>(action).Code;

    [Fact]
    public void A_spread_schedule_adds_up_to_the_amount_with_the_cents_in_the_last_year()
    {
        Gen.Select(Gen.Decimal[0.01m, 100_000_000m], Gen.Int[2000, 2040], Gen.Int[0, 9]).Sample((raw, from, extra) =>
        {
            var amount = Math.Round(raw, 2);
            var tranches = Tranche.Spread(amount, from, from + extra);
            Assert.Equal(extra + 1, tranches.Count);
            Assert.Equal(amount, tranches.Sum(t => t.Amount));
            Assert.Equal(Enumerable.Range(from, extra + 1), tranches.Select(t => t.Year));
            Assert.All(tranches.SkipLast(1), t => Assert.Equal(tranches[0].Amount, t.Amount));
            Assert.InRange(tranches[^1].Amount - tranches[0].Amount, 0m, 0.01m * (extra + 1));
        });
    }

    [Fact]
    public void A_schedule_that_does_not_add_up_is_refused()
    {
        Assert.Equal("SCHEDULE_MISMATCH", Rule(() => _ = new Contribution(Guid.NewGuid(), Guid.NewGuid(), null, null, "A", CurrencyCode.Usd, 100m,
            [new Tranche(2025, 60m), new Tranche(2026, 30m)], null, null)));
        Assert.Equal("SCHEDULE_MISMATCH", Rule(() => _ = new Contribution(Guid.NewGuid(), Guid.NewGuid(), null, null, "A", CurrencyCode.Usd, 100m,
            [new Tranche(2025, 50m), new Tranche(2025, 50m)], null, null)));
        Assert.Equal("CURRENCY_UNKNOWN", Rule(() => CurrencyCode.Of("ABC")));
    }

    [Fact]
    public void Transactions_keep_the_ledger_consistent()
    {
        var rate = new UsdConversion(1.1m, Today);
        var withProject = Contribution(Guid.NewGuid());
        Assert.Equal("DISBURSED_EXCEEDS_RECEIVED", Rule(() => withProject.Record(TransactionType.Disbursement, Today, new Money(101m, CurrencyCode.Of("EUR")), rate,
            new FundBalance(500m, 400m), ProjectBalance.None, null, Today)));
        Assert.Equal("EXPENDITURE_EXCEEDS_DISBURSED", Rule(() => withProject.Record(TransactionType.Expenditure, Today, new Money(51m, CurrencyCode.Of("EUR")), rate,
            new FundBalance(500m, 400m), new ProjectBalance(100m, 50m), null, Today)));
        Assert.Equal("EXPENDITURE_NEEDS_PROJECT", Rule(() => Contribution().Record(TransactionType.Expenditure, Today, new Money(1m, CurrencyCode.Of("EUR")), rate,
            new FundBalance(500m, 400m), ProjectBalance.None, null, Today)));
        Assert.Equal("FUTURE_DATED", Rule(() => withProject.Record(TransactionType.IncomingFunds, Today.AddDays(1), new Money(1m, CurrencyCode.Of("EUR")), rate,
            new FundBalance(0, 0), ProjectBalance.None, null, Today)));

        var paid = withProject.Record(TransactionType.Disbursement, Today, new Money(100m, CurrencyCode.Of("EUR")), rate, new FundBalance(500m, 400m), ProjectBalance.None, "Tranche 1", Today);
        Assert.Equal(110m, paid.UsdAmount);
        Assert.Equal(withProject.FundId, paid.FundId);
        Assert.Equal("EXPENDITURE_EXCEEDS_DISBURSED", Rule(() => paid.EnsureArchivable(new FundBalance(500m, 500m), new ProjectBalance(100m, 10m))));
    }

    [Fact]
    public void Usd_values_are_rounded_to_the_cent()
    {
        Assert.Equal(0.01m, new UsdConversion(0.0091m, Today).ToUsd(1m));
        Assert.Equal(12_345.68m, new UsdConversion(1m, Today).ToUsd(12_345.675m));
    }
}

public sealed class ProjectBudgetTests
{
    [Fact]
    public void The_budget_is_split_into_calendar_years_pro_rata_and_adds_up()
    {
        Gen.Select(Gen.Int[0, 2000], Gen.Int[0, 3000], Gen.Decimal[0m, 50_000_000m]).Sample((offset, length, raw) =>
        {
            var start = new DateOnly(2020, 1, 1).AddDays(offset);
            var budget = Math.Round(raw, 2);
            var project = new Project("P-1", new ProjectDetails("Title", null, Guid.NewGuid(), start, start.AddDays(length), new Money(budget, CurrencyCode.Usd), null));
            var periods = project.AnnualBudgets();
            Assert.Equal(budget, periods.Sum(p => p.Amount));
            Assert.Equal(start, periods[0].Start);
            Assert.Equal(project.EndDate, periods[^1].End);
            Assert.All(periods, p => Assert.Equal(p.Start.Year, p.End.Year));
            Assert.All(periods, p => Assert.True(p.Amount >= 0));
        });
    }

    [Fact]
    public void A_three_year_project_gets_three_budgets()
    {
        var project = new Project("P-2", new ProjectDetails("Title", null, Guid.NewGuid(), new DateOnly(2023, 7, 1), new DateOnly(2025, 6, 30), new Money(731m, CurrencyCode.Usd), null));
        Assert.Equal([(new DateOnly(2023, 7, 1), 184m), (new DateOnly(2024, 1, 1), 366m), (new DateOnly(2025, 1, 1), 181m)],
            project.AnnualBudgets().Select(b => (b.Start, b.Amount)));
    }
}
