using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.LandRelease;
using MineAction.Domain.Hazards;
using MineAction.Migrations;

namespace MineAction.Api.Tests.Platform;

/// <summary>
/// <c>seed-scale</c> (issue #19, item 4) at a small size: the volumes per hazard the national-scale measurements need, a ledger the
/// application's own rules accept (released land inside its hazard, never overlapping, contamination reconciling), the same programme
/// for the same seed, and a second run that changes nothing.
/// </summary>
public sealed class ScaleDemoTests(FreshCountryApp app) : IClassFixture<FreshCountryApp>
{
    private const int Hazards = 400;

    /// <summary>What the seed decides of a programme (ids are fresh each time): every hazard, activity, released area and device.</summary>
    private const string Fingerprint = """
        SELECT md5(concat_ws('|',
            (SELECT string_agg(concat_ws(',', code, name, type, status, recorded_on, ST_AsText(geometry)), ';' ORDER BY code) FROM hazardous_areas),
            (SELECT string_agg(concat_ws(',', h.code, a.type, a.status, a.actual_start, a.actual_end), ';' ORDER BY h.code, a.actual_start, a.type)
             FROM land_release_activities a JOIN hazardous_areas h ON h.id = a.hazardous_area_id),
            (SELECT string_agg(concat_ws(',', h.code, p.outcome, p.release_date, round(p.area_m2)), ';' ORDER BY h.code, p.release_date, p.area_m2)
             FROM land_release_products p JOIN hazardous_areas h ON h.id = p.hazardous_area_id),
            (SELECT count(*) FROM devices_found), (SELECT count(*) FROM casualties), (SELECT count(*) FROM eore_sessions)))
        """;

    [Fact]
    public async Task Seed_scale_loads_a_consistent_ledger_of_over_ten_rows_a_hazard_deterministically_and_once()
    {
        var loaded = await app.CliAsync("seed-scale", "--hazards", Hazards.ToString(CultureInfo.InvariantCulture), "--seed", "7");
        Assert.True(loaded.Exit == 0, loaded.Output);
        Assert.Contains($"{Hazards} hazardous areas", loaded.Output, StringComparison.Ordinal);

        await using var db = app.Db();
        Assert.Equal(Hazards, await db.HazardousAreas.IgnoreQueryFilters().CountAsync());
        var ledger = await db.Activities.IgnoreQueryFilters().CountAsync() + await db.Products.IgnoreQueryFilters().CountAsync()
            + await db.Devices.IgnoreQueryFilters().CountAsync();
        Assert.True(ledger >= 10 * Hazards, $"{ledger} activities, released areas and devices for {Hazards} hazards");
        Assert.True(await db.Casualties.CountAsync() >= Hazards / 20 && await db.EoreSessions.CountAsync() >= Hazards / 20);
        Assert.True(await db.HazardousAreas.CountAsync(h => h.Status == HazardStatus.ClosedReleased || h.Status == HazardStatus.HandedOver) > 0);

        // The rules RecordProduct enforces one by one, over the whole ledger: inside the hazard, no overlap between released areas.
        Assert.Equal(0, await DbScalar.OfAsync<long>(db, """
            SELECT count(*) FROM land_release_products p JOIN hazardous_areas h ON h.id = p.hazardous_area_id
            WHERE NOT ST_CoveredBy(p.geometry, ST_Buffer(h.geometry, 1e-9))
            """));
        Assert.Equal(0, await DbScalar.OfAsync<long>(db, """
            SELECT count(*) FROM land_release_products a JOIN land_release_products b
              ON b.hazardous_area_id = a.hazardous_area_id AND b.id > a.id AND ST_Intersects(a.geometry, b.geometry)
            WHERE ST_Area(ST_Intersection(a.geometry, b.geometry)::geography) > 0.01
            """));
        Assert.Equal(0, await DbScalar.OfAsync<long>(db, DbScalar.ReleasedTotalsAstray)); // computed in one pass after the COPY
        Assert.Equal(0, await DbScalar.OfAsync<long>(db, DbScalar.CellsAstray)); // built in one pass after the COPY
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var reconciled = await app.ClientFor(Roles.InformationManager)
            .GetAsync<List<ReconcileContamination.Row>>($"/api/v1/land-release/reconciliation?from=2005-01-01&to={today:yyyy-MM-dd}");
        Assert.All(reconciled, r => Assert.True(Math.Abs(r.DifferenceM2) < 1, $"{r.Type}: {r.DifferenceM2} m² unexplained"));
        Assert.Contains(reconciled, r => r.ClearedM2 > 0 && r.CancelledM2 > 0 && r.ReducedM2 > 0);

        var fingerprint = await DbScalar.OfAsync<string>(db, Fingerprint);
        var again = await app.CliAsync("seed-scale", "--hazards", Hazards.ToString(CultureInfo.InvariantCulture), "--seed", "7");
        Assert.True(again.Exit == 0 && again.Output.Contains("Nothing loaded", StringComparison.Ordinal), again.Output);
        Assert.Equal(fingerprint, await DbScalar.OfAsync<string>(db, Fingerprint));

        var other = await TestDatabase.CreateMigratedAsync();
        try
        {
            await using (var services = Cli.Services(TestDatabase.ConnectionString(other)))
            {
                await using var scope = services.CreateAsyncScope();
                await Cli.SeedScaleAsync(scope.ServiceProvider, Hazards, 7);
            }

            await using var copy = Cli.CreateContext(TestDatabase.ConnectionString(other));
            Assert.Equal(fingerprint, await DbScalar.OfAsync<string>(copy, Fingerprint));
        }
        finally
        {
            await TestDatabase.DropAsync(other);
        }
    }
}
