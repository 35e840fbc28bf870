using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.Abstractions;
using MineAction.Domain.People;
using MineAction.Infrastructure.Persistence;
using MineAction.Migrations;

namespace MineAction.Api.Tests.Platform;

/// <summary>The demo programme loads every part of the system consistently, and a second load changes nothing.</summary>
public sealed class DemoProgrammeTests
{
    [Fact]
    public async Task The_demo_programme_holds_people_and_money_consistent_with_the_rules()
    {
        var database = await TestDatabase.CreateMigratedAsync();
        try
        {
            await using var services = Cli.Services(TestDatabase.ConnectionString(database), "demo-seed");
            await using var scope = services.CreateAsyncScope();
            Assert.StartsWith("Loaded", await Cli.SeedDemoAsync(scope.ServiceProvider, size: 300));
            Assert.Contains("already loaded", await Cli.SeedDemoAsync(scope.ServiceProvider, size: 300));

            var db = scope.ServiceProvider.GetRequiredService<MineActionDbContext>();
            var accidents = await db.Accidents.AsNoTracking().ToListAsync();
            Assert.InRange(accidents.Count, 30, 60);
            var casualties = await db.Casualties.AsNoTracking().ToListAsync();
            foreach (var accident in accidents)
            {
                var own = casualties.Where(c => c.AccidentId == accident.Id).ToList();
                Assert.Equal(accident.Killed, own.Count(c => c.Outcome == CasualtyOutcome.Killed));
                Assert.Equal(accident.Injured, own.Count(c => c.Outcome == CasualtyOutcome.Injured));
            }

            var cases = await db.AssistanceCases.AsNoTracking().ToListAsync();
            Assert.Contains(cases, c => c.Status == CaseStatus.Closed);
            Assert.Contains(cases, c => c.Status == CaseStatus.Active && c.NextFollowUpOn < DateOnly.FromDateTime(DateTime.UtcNow));
            Assert.Contains(cases, c => c.Relationship is not null);
            Assert.True(await db.AssistanceServices.CountAsync() >= cases.Count);
            Assert.True(await db.EoreSessions.CountAsync(e => e.ApprovalStatus == Domain.Common.ApprovalStatus.Approved) >= 30);

            // Money: multi-year contributions whose transactions respect the ledger (the domain refused any that did not).
            Assert.Equal(5, await db.Funds.CountAsync());
            Assert.Contains(await db.Contributions.AsNoTracking().ToListAsync(), c => c.IsMultiYear);
            Assert.True(await db.FundingTransactions.CountAsync(t => t.Type == Domain.Resources.TransactionType.Expenditure) > 0);
            Assert.True(await db.ExchangeRates.CountAsync() > 100);
            Assert.Contains(await db.Projects.AsNoTracking().ToListAsync(), p => p.EoreSessionIds.Count > 0);

            // Survivors' names are stored encrypted and decrypt with the keys the web application uses.
            var personal = await db.VictimPersonalData.AsNoTracking().FirstAsync();
            Assert.DoesNotContain(" ", personal.FullName);
            var name = scope.ServiceProvider.GetRequiredService<IPersonalDataProtector>().Unprotect(personal.FullName);
            Assert.Matches("^[A-Z][a-z]+ [A-Z][a-z]+$", name);

            // A programme loaded before these modules existed gets them added on the next run.
            await db.Database.ExecuteSqlRawAsync(
                "TRUNCATE funding_transactions, contributions, projects, funds, exchange_rates, referrals, assistance_services, assistance_cases, "
                + "victim_personal_data, casualties, accidents, eore_sessions CASCADE");
            Assert.Contains("added to it: accidents", await Cli.SeedDemoAsync(scope.ServiceProvider, size: 300));
            Assert.True(await db.Accidents.CountAsync() >= 30);
            Assert.Equal(5, await db.Funds.CountAsync());
            Assert.Contains("already loaded", await Cli.SeedDemoAsync(scope.ServiceProvider, size: 300));
        }
        finally
        {
            await TestDatabase.DropAsync(database);
        }
    }
}
