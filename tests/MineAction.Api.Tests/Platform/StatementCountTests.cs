using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Infrastructure.Persistence;

namespace MineAction.Api.Tests.Platform;

/// <summary>
/// The SQL statements a list or a record page costs, counted per request (token authentication included): a list runs as many statements
/// for a page of 12 as for a page of 2 — no query per row — and no route runs more than it did when this test was written.
/// </summary>
public sealed class StatementCountTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private const int Rows = 12;

    /// <summary>Connections held open so that the request needs a new one (the tests' pool holds 20).</summary>
    private const int HeldConnections = 10;

    /// <summary>Statements per request today: the token (one query), then the use case's own (a list: its count and its page).</summary>
    private static readonly Dictionary<string, int> Budget = new()
    {
        ["/api/v1/hazardous-areas?pageSize={0}"] = 3,
        ["/api/v1/activities?pageSize={0}"] = 3,
        ["/api/v1/accidents?pageSize={0}"] = 3,
        ["/api/v1/organisations?pageSize={0}"] = 3,
        ["/api/v1/audit?pageSize={0}"] = 3,
        ["/api/v1/hazardous-areas/{0}"] = 3,
        ["/api/v1/activities/{0}"] = 2,
        ["/api/v1/accidents/{0}"] = 3,
        ["/api/v1/organisations/{0}"] = 2,
    };

    [Fact]
    public async Task Lists_cost_the_same_statements_whatever_their_page_size_and_no_route_costs_more_than_today()
    {
        var ledger = new Ledger(app);
        var victims = new Victims(app);
        var records = new Dictionary<string, Guid>();
        for (var i = 0; i < Rows; i++)
        {
            var hazard = await ledger.HazardAsync();
            records["/api/v1/hazardous-areas/{0}"] = hazard.Id;
            records["/api/v1/activities/{0}"] = (await ledger.ActivityAsync(hazard.Id)).Id;
            records["/api/v1/accidents/{0}"] = (await victims.AccidentAsync()).Id;
        }

        records["/api/v1/organisations/{0}"] = (await Tarsenia.LoadAsync(app)).Halo;
        var client = app.ClientFor(Roles.InformationManager);
        using var counter = new StatementCounter();
        // The token writes when it was used at most once a minute: forget its last use so that this first request writes it, and none of
        // the counted ones below (a use by another test of the class less than a minute before would otherwise fall due among them).
        await using (var db = app.Db())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE api_tokens SET last_used_at = NULL");
        }

        await counter.GetAsync(client, "/api/v1/organisations"); // the token's first use writes when it was used
        var measured = new List<string>();
        foreach (var (route, budget) in Budget)
        {
            IReadOnlyList<string> statements;
            if (records.TryGetValue(route, out var id))
            {
                statements = await counter.GetAsync(client, string.Format(System.Globalization.CultureInfo.InvariantCulture, route, id));
            }
            else
            {
                var small = await counter.GetAsync(client, string.Format(System.Globalization.CultureInfo.InvariantCulture, route, 2));
                var large = await counter.GetAsync(client, string.Format(System.Globalization.CultureInfo.InvariantCulture, route, Rows));
                Assert.True(small.Count == large.Count, $"{route}: {small.Count} statements for 2 rows, {large.Count} for {Rows}:\n{string.Join("\n", large)}");
                statements = large;
            }

            var count = statements.Count;
            measured.Add($"{route} = {count}");
            Assert.True(count > 0, $"{route}: no statement counted");
            Assert.True(count <= budget, $"{route}: {count} statements, more than the {budget} it took when this test was written\n{string.Join("\n", measured)}\n{string.Join("\n", statements)}");
        }
        // Opening a new physical connection (traced by Npgsql as CONNECT) is not a statement: a request served while the pool's idle
        // connections are all held elsewhere costs what it costs on a warm pool.
        var held = new List<IServiceScope>();
        try
        {
            for (var i = 0; i < HeldConnections; i++)
            {
                var scope = app.Services.CreateScope();
                held.Add(scope);
                await scope.ServiceProvider.GetRequiredService<MineActionDbContext>().Database.OpenConnectionAsync();
            }

            var cold = await counter.GetAsync(client, string.Format(System.Globalization.CultureInfo.InvariantCulture, "/api/v1/hazardous-areas/{0}", records["/api/v1/hazardous-areas/{0}"]));
            Assert.Equal(Budget["/api/v1/hazardous-areas/{0}"], cold.Count);
        }
        finally
        {
            held.ForEach(scope => scope.Dispose());
        }
    }
}
