using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.Abstractions;
using MineAction.Application.Reporting;
using MineAction.Domain.Reporting;
using MineAction.Domain.People;
using MineAction.Domain.Resources;
using MineAction.Infrastructure.Persistence;
using MineAction.Migrations;

namespace MineAction.Api.Tests.Platform;

/// <summary>A fresh database with the demo programme loaded through the command line, as <c>scripts/run.sh</c> does.</summary>
public sealed class DemoDatabase : IAsyncLifetime
{
    private const int Size = 300;
    private string _database = "";
    private ServiceProvider? _services;
    private AsyncServiceScope _scope;

    /// <summary>What the first and the second load said.</summary>
    public (string First, string Second) Loads { get; private set; }

    public IServiceProvider Services => _scope.ServiceProvider;

    public MineActionDbContext Db => Services.GetRequiredService<MineActionDbContext>();

    public Task<string> LoadAsync() => Cli.SeedDemoAsync(Services, size: Size);

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateMigratedAsync();
        _services = Cli.Services(TestDatabase.ConnectionString(_database), "demo-seed");
        _scope = _services.CreateAsyncScope();
        Loads = (await LoadAsync(), await LoadAsync());
    }

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await TestDatabase.DropAsync(_database);
    }
}

/// <summary>The demo programme loads every part of the system consistently with the rules, and a second load changes nothing.</summary>
[Trait("Category", "Scenario")]
public sealed class DemoProgrammeTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private MineActionDbContext Db => demo.Db;

    [Fact]
    public void The_programme_loads_once()
    {
        Assert.StartsWith("Loaded", demo.Loads.First);
        Assert.Contains("already loaded", demo.Loads.Second);
    }

    [Fact]
    public async Task Every_accident_has_as_many_casualties_as_it_counts()
    {
        var accidents = await Db.Accidents.AsNoTracking().ToListAsync();
        Assert.InRange(accidents.Count, 30, 60);
        var casualties = await Db.Casualties.AsNoTracking().ToListAsync();
        Assert.All(accidents, accident =>
        {
            var own = casualties.Where(c => c.AccidentId == accident.Id).ToList();
            Assert.Equal(accident.Killed, own.Count(c => c.Outcome == CasualtyOutcome.Killed));
            Assert.Equal(accident.Injured, own.Count(c => c.Outcome == CasualtyOutcome.Injured));
        });
    }

    [Fact]
    public async Task Assistance_cases_are_open_overdue_closed_and_for_families()
    {
        var cases = await Db.AssistanceCases.AsNoTracking().ToListAsync();
        Assert.Contains(cases, c => c.Status == CaseStatus.Closed);
        Assert.Contains(cases, c => c.Status == CaseStatus.Active && c.NextFollowUpOn < DateOnly.FromDateTime(DateTime.UtcNow));
        Assert.Contains(cases, c => c.Relationship is not null);
        Assert.True(await Db.AssistanceServices.CountAsync() >= cases.Count);
    }

    [Fact]
    public async Task Risk_education_sessions_are_approved()
    {
        Assert.True(await Db.EoreSessions.CountAsync(e => e.ApprovalStatus == Domain.Common.ApprovalStatus.Approved) >= 30);
    }

    [Fact]
    public async Task Money_flows_through_multi_year_contributions_that_respect_the_ledger()
    {
        Assert.Equal(5, await Db.Funds.CountAsync());
        Assert.Contains(await Db.Contributions.AsNoTracking().ToListAsync(), c => c.IsMultiYear);
        Assert.True(await Db.FundingTransactions.CountAsync(t => t.Type == TransactionType.Expenditure) > 0);
        Assert.True(await Db.ExchangeRates.CountAsync() > 100);
        Assert.Contains(await Db.Projects.AsNoTracking().ToListAsync(), p => p.EoreSessionIds.Count > 0);
    }

    [Fact]
    public async Task The_states_stockpiles_reach_both_article_7_reports()
    {
        var year = DateTime.UtcNow.Year - 1;
        var apmbc = TreatyReports.Figures((await TreatyReports.BuildAsync(Db, Convention.Apmbc, year, default)).Report);
        var ccm = TreatyReports.Figures((await TreatyReports.BuildAsync(Db, Convention.Ccm, year, default)).Report);

        Assert.Equal(12_000 - (4 * 2_000) - 300, apmbc["B.total.quantity"]);
        Assert.Equal(500 + 300 - (4 * 60), apmbc["D.total.atEnd"]);
        Assert.Equal(2_000, apmbc["F2.total.destroyed"]);
        Assert.Equal(100 * 202, ccm["B.total.submunitions"]);
        Assert.Equal(40, ccm["J.total.atEnd"]);
    }

    [Fact]
    public async Task Survivors_names_are_encrypted_with_the_web_applications_keys()
    {
        var personal = await Db.VictimPersonalData.AsNoTracking().FirstAsync();
        Assert.DoesNotContain(" ", personal.FullName);
        var name = demo.Services.GetRequiredService<IPersonalDataProtector>().Unprotect(personal.FullName);
        Assert.Matches("^[A-Z][a-z]+ [A-Z][a-z]+$", name);
    }
}

/// <summary>A programme loaded before the people and money modules existed gets them added on the next run.</summary>
[Trait("Category", "Scenario")]
public sealed class DemoProgrammeUpgradeTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    [Fact]
    public async Task Missing_modules_are_added_on_the_next_load_and_only_once()
    {
        await demo.Db.Database.ExecuteSqlRawAsync(
            "TRUNCATE funding_transactions, contributions, projects, funds, exchange_rates, referrals, assistance_services, assistance_cases, "
            + "victim_personal_data, casualties, accidents, eore_sessions CASCADE");
        Assert.Contains("added to it: accidents", await demo.LoadAsync());
        Assert.True(await demo.Db.Accidents.CountAsync() >= 30);
        Assert.Equal(5, await demo.Db.Funds.CountAsync());
        Assert.Contains("already loaded", await demo.LoadAsync());
    }

    [Fact]
    public async Task Stockpiles_are_added_to_a_programme_loaded_before_them()
    {
        await demo.Db.Database.ExecuteSqlRawAsync("TRUNCATE lot_movements, munition_lots CASCADE");
        Assert.Contains("stockpiles and retained munitions", await demo.LoadAsync());
        Assert.Equal(4, await demo.Db.MunitionLots.CountAsync());
        Assert.Contains("already loaded", await demo.LoadAsync());
    }
}
