using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MineAction.Application.LandRelease;
using MineAction.Domain.Common;
using MineAction.Domain.Hazards;

namespace MineAction.Api.Tests.LandRelease;

/// <summary>The baseline as of any past date, and a period that reconciles opening to closing contamination.</summary>
[Trait("Category", "Scenario")]
public sealed class ContaminationHistoryTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Ledger _l = new(app);

    private async Task<double> ReleaseAsync(ActivityDto activity, object polygon, string outcome, string date) =>
        (await _l.ReleaseOkAsync(activity, polygon, outcome, outcome == "Cleared" ? 13 : null, date)).AreaM2;

    private async Task<Dictionary<HazardType, GetContaminationAsOf.Row>> AsOfAsync(string date, Guid province) =>
        (await _l.Im.GetAsync<List<GetContaminationAsOf.Row>>($"/api/v1/land-release/contamination?asOf={date}&provinceId={province}"))
        .ToDictionary(r => r.Type);

    private async Task<Dictionary<HazardType, ReconcileContamination.Row>> ReconcileAsync(string from, string to, Guid province) =>
        (await _l.Im.GetAsync<List<ReconcileContamination.Row>>($"/api/v1/land-release/reconciliation?from={from}&to={to}&provinceId={province}"))
        .ToDictionary(r => r.Type);

    private async Task ConfirmAsync(Guid hazard, string on) =>
        Assert.Equal(HttpStatusCode.OK, (await _l.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{hazard}/confirm", new { confirmedOn = on, note = "Mines found" })).StatusCode);

    [Fact]
    public async Task A_reopened_area_returns_to_contamination_and_the_year_still_balances()
    {
        var province = (await Tarsenia.LoadAsync(app)).Veyra;
        var (hazard, lon, lat, area) = await _l.HazardAsync(province, "2021-01-01");
        var clearance = await _l.ActivityAsync(hazard, startedOn: "2021-02-01");
        var first = await ReleaseAsync(clearance, Ledger.Rectangle(lon, lat, lon + 0.01, lat + 0.01), "Cleared", "2021-03-01");
        Assert.Equal(HttpStatusCode.OK, (await _l.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{hazard}/close", new { date = "2021-03-05" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _l.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{hazard}/reopen",
            new { date = "2021-06-01", reason = "Submunition found by a farmer" })).StatusCode);
        var recheck = await _l.ActivityAsync(hazard, startedOn: "2021-08-01");
        var second = await ReleaseAsync(recheck, Ledger.Rectangle(lon, lat, lon + 0.004, lat + 0.01), "Cleared", "2021-09-01");

        Assert.Equal(area - first, (await AsOfAsync("2021-04-01", province))[HazardType.SHA].RemainingM2, 3);

        var sha = (await ReconcileAsync("2021-01-01", "2021-12-31", province))[HazardType.SHA];
        Assert.Equal(0, sha.OpeningM2, 3);
        Assert.Equal(area, sha.NewlyRecordedM2, 3);
        Assert.Equal(first + second, sha.ClearedM2, 3);
        Assert.Equal(first, sha.ReopenedM2, 3);
        Assert.Equal(area - second, sha.ClosingM2, 3);
        Assert.Equal(0, sha.DifferenceM2, 3);
    }

    [Fact]
    public async Task The_baseline_of_a_past_date_and_a_reconciled_year()
    {
        var province = (await Tarsenia.LoadAsync(app)).Mekhol;
        // S1: recorded 2019 as SHA, part cancelled in 2019, confirmed CHA in May 2020, part cleared in August 2020.
        var (s1, s1Lon, s1Lat, s1Area) = await _l.HazardAsync(province, "2019-03-01");
        var s1Nts = await _l.ActivityAsync(s1, "NTS", startedOn: "2019-09-01");
        var cancelled = await ReleaseAsync(s1Nts, Ledger.Rectangle(s1Lon, s1Lat, s1Lon + 0.003, s1Lat + 0.01), "Cancelled", "2019-10-01");
        await ConfirmAsync(s1, "2020-05-01");
        var s1Clearance = await _l.ActivityAsync(s1, startedOn: "2020-06-01");
        var cleared = await ReleaseAsync(s1Clearance, Ledger.Rectangle(s1Lon + 0.003, s1Lat, s1Lon + 0.006, s1Lat + 0.01), "Cleared", "2020-08-01");
        // S2: recorded in 2020, stays SHA, reduced in June 2020.
        var (s2, s2Lon, s2Lat, s2Area) = await _l.HazardAsync(province, "2020-02-01");
        var s2Ts = await _l.ActivityAsync(s2, "TS", startedOn: "2020-05-15");
        var reduced = await ReleaseAsync(s2Ts, Ledger.Rectangle(s2Lon, s2Lat, s2Lon + 0.004, s2Lat + 0.01), "Reduced", "2020-06-01");
        // C3: recorded and confirmed on the same day in 2020.
        var (c3, _, _, c3Area) = await _l.HazardAsync(province, "2020-04-01");
        await ConfirmAsync(c3, "2020-04-01");

        var end2019 = await AsOfAsync("2019-12-31", province);
        Assert.Equal(s1Area - cancelled, end2019[HazardType.SHA].RemainingM2, 3);
        Assert.Equal(0, end2019[HazardType.CHA].RemainingM2, 3);
        // The land release page's remaining-by-area table as of that day says the same, with the one hazardous area that held it.
        var page = await _l.Im.GetAsync<LandReleaseSummary.Summary>($"/api/v1/land-release/summary?provinceId={province}&asOf=2019-12-31");
        var remaining = Assert.Single(page.Remaining);
        Assert.Equal((province, HazardType.SHA, 1), (remaining.AdminAreaId!.Value, remaining.Type, remaining.Hazards));
        Assert.Equal(s1Area - cancelled, remaining.RemainingM2, 3);
        await (await _l.Im.GetAsync("/api/v1/land-release/summary?asOf=1850-01-01")).ProblemAsync(HttpStatusCode.BadRequest);

        // Every day's figure — read from the cells kept now, corrected by the hazards that changed after it — is what summing every hazard as
        // it stood that day gives; and the cells are what the hazards hold now.
        await using (var db = app.Db())
        {
            Assert.Equal(0L, await DbScalar.OfAsync<long>(db, DbScalar.CellsAstray));
            foreach (var day in new[] { "2019-02-28", "2019-03-01", "2019-09-30", "2019-10-01", "2019-12-31", "2020-04-01", "2020-04-30", "2020-05-01",
                                        "2020-06-01", "2020-07-31", "2020-08-01", "2021-01-01", DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })
            {
                var asOf = await AsOfAsync(day, province);
                foreach (var type in Enum.GetValues<HazardType>())
                {
                    Assert.Equal(await SummedOverEveryHazardAsync(db, day, province, type == HazardType.CHA), asOf[type].RemainingM2, 3);
                }
            }
        }

        var year = await ReconcileAsync("2020-01-01", "2020-12-31", province);
        var sha = year[HazardType.SHA];
        Assert.Equal(s1Area - cancelled, sha.OpeningM2, 3);
        Assert.Equal(s2Area, sha.NewlyRecordedM2, 3);
        Assert.Equal(-(s1Area - cancelled), sha.ConfirmedM2, 3);
        Assert.Equal(reduced, sha.ReducedM2, 3);
        Assert.Equal(s2Area - reduced, sha.ClosingM2, 3);
        var cha = year[HazardType.CHA];
        Assert.Equal(0, cha.OpeningM2, 3);
        Assert.Equal(c3Area, cha.NewlyRecordedM2, 3);
        Assert.Equal(s1Area - cancelled, cha.ConfirmedM2, 3);
        Assert.Equal(cleared, cha.ClearedM2, 3);
        Assert.Equal(s1Area - cancelled - cleared + c3Area, cha.ClosingM2, 3);
        Assert.All(year.Values, r => Assert.Equal(0, r.DifferenceM2, 3));
    }

    [Fact]
    public async Task The_released_area_kept_per_hazard_follows_every_change_of_the_ledger_and_today_reads_it()
    {
        var province = (await Tarsenia.LoadAsync(app)).Veyra;
        var (hazard, lon, lat, area) = await _l.HazardAsync(province, "2022-01-01");
        var now = DateOnly.FromDateTime(DateTime.UtcNow);
        var (today, yesterday) = (now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), now.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        async Task KeptAsync(double released)
        {
            await using var db = app.Db();
            Assert.Equal(0L, await DbScalar.OfAsync<long>(db, DbScalar.ReleasedTotalsAstray));
            Assert.Equal(0L, await DbScalar.OfAsync<long>(db, DbScalar.CellsAstray));
            var remaining = (await AsOfAsync(today, province))[HazardType.SHA].RemainingM2;
            Assert.Equal(released, await db.Database.SqlQuery<double>(
                $"SELECT coalesce((SELECT released_m2 FROM released_land_totals WHERE hazardous_area_id = {hazard}), 0) AS \"Value\"").SingleAsync(), 3);
            Assert.Equal(remaining, (await AsOfAsync(yesterday, province))[HazardType.SHA].RemainingM2, 3);
        }

        await KeptAsync(0);
        var clearance = await _l.ActivityAsync(hazard, startedOn: "2022-02-01");
        var first = await ReleaseAsync(clearance, Ledger.Rectangle(lon, lat, lon + 0.004, lat + 0.01), "Cleared", "2022-03-01");
        await KeptAsync(first);

        var reported = await _l.ReleaseOkAsync(clearance, Ledger.Rectangle(lon + 0.004, lat, lon + 0.006, lat + 0.01), "Cleared", 20, "2022-03-02", _l.Operator);
        Assert.Equal(ApprovalStatus.Submitted, reported.ApprovalStatus);
        await KeptAsync(first);
        await _l.Im.PostAsJsonAsync($"/api/v1/products/{reported.Id}/approve", new { comment = "Checked" }).ReadAsync<ProductDto>();
        await KeptAsync(first + reported.AreaM2);

        Assert.Equal(HttpStatusCode.OK, (await _l.Im.PostAsJsonAsync($"/api/v1/products/{reported.Id}/archive", new { reason = "Recorded twice" })).StatusCode);
        await KeptAsync(first);
        await _l.DisposedDeviceAsync(clearance, "AntiPersonnelMine", 3, "DestroyedInSitu");
        await KeptAsync(first);
        var rest = await ReleaseAsync(clearance, Ledger.Rectangle(lon + 0.004, lat, lon + 0.01, lat + 0.01), "Cleared", "2022-03-03");
        await KeptAsync(first + rest);
        Assert.Equal(area, first + rest, 0); // the whole hazard (its geodesic area and its two parts' differ by square millimetres)

        Assert.Equal(HttpStatusCode.OK, (await _l.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{hazard}/close", new { date = "2022-03-05" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _l.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{hazard}/reopen",
            new { date = "2022-06-01", reason = "Submunition found by a farmer" })).StatusCode);
        await KeptAsync(0);

        Assert.Equal(HttpStatusCode.OK, (await _l.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{hazard}/archive", new { reason = "Registered twice" })).StatusCode);
        await using var db = app.Db();
        Assert.Equal(0L, await DbScalar.OfAsync<long>(db, DbScalar.CellsAstray)); // its released land and devices left their cells
    }

    /// <summary>
    /// The remaining-contamination cells follow statements of many rows whatever wrote them (an import, a migration, a hand-written fix):
    /// hazards moved to another province and district, confirmed, reshaped, returned for review, archived and restored, their released
    /// totals rewritten — after each, the cells are what the hazards hold.
    /// </summary>
    [Fact]
    public async Task The_remaining_contamination_kept_per_area_follows_statements_of_many_hazards()
    {
        var t = await Tarsenia.LoadAsync(app);
        var hazards = new List<Guid>();
        foreach (var recorded in new[] { "2021-05-01", "2021-05-02", "2021-05-03" })
        {
            var (hazard, lon, lat, _) = await _l.HazardAsync(t.Kandara, recorded);
            hazards.Add(hazard);
            var clearance = await _l.ActivityAsync(hazard, startedOn: "2021-06-01");
            await ReleaseAsync(clearance, Ledger.Rectangle(lon, lat, lon + 0.003, lat + 0.01), "Cleared", "2021-07-01");
        }

        await using var db = app.Db();
        var ids = string.Join(", ", hazards.Select(h => $"'{h}'"));
        string[] statements =
        [
            $"UPDATE hazardous_areas SET province_id = '{t.Mekhol}', district_id = NULL WHERE id IN ({ids})",
            $"UPDATE hazardous_areas SET confirmed_on = recorded_on WHERE id IN ({ids})",
            $"UPDATE hazardous_areas SET geometry = ST_Multi(ST_Buffer(geometry, 0.001)) WHERE id IN ({ids})",
            $"UPDATE hazardous_areas SET approval_status = 'Submitted' WHERE id IN ({ids})",
            $"UPDATE hazardous_areas SET approval_status = 'Approved' WHERE id IN ({ids})",
            $"UPDATE hazardous_areas SET archived_at = now(), archive_reason = 'Registered twice' WHERE id = '{hazards[0]}'",
            $"UPDATE released_land_totals SET released_m2 = released_m2 / 2 WHERE hazardous_area_id IN ({ids})",
            $"UPDATE hazardous_areas SET archived_at = NULL, archive_reason = NULL, confirmed_on = NULL, province_id = '{t.Kandara}' WHERE id IN ({ids})",
            $"SELECT released_land_totals_refresh(ARRAY[{ids}]::uuid[])",
        ];
        foreach (var statement in statements)
        {
            await db.Database.ExecuteSqlRawAsync(statement);
            Assert.True(await DbScalar.OfAsync<long>(db, DbScalar.CellsAstray) == 0, $"cells astray after: {statement}");
        }
    }

    [Fact]
    public async Task A_period_ends_on_or_after_it_starts() =>
        await (await _l.Im.GetAsync("/api/v1/land-release/reconciliation?from=2020-12-31&to=2020-01-01")).FieldErrorAsync("to");

    [Fact]
    public async Task The_baseline_needs_a_date() =>
        await (await _l.Im.GetAsync("/api/v1/land-release/contamination")).FieldErrorAsync("asOf");

    /// <summary>Remaining contamination at the end of a day summed over every approved hazard as it stood then, straight from the ledger.</summary>
    private static Task<double> SummedOverEveryHazardAsync(MineAction.Infrastructure.Persistence.MineActionDbContext db, string day, Guid province, bool cha) =>
        db.Database.SqlQuery<double>($"""
            SELECT coalesce(sum(h.area_m2 - coalesce((
                       SELECT sum(p.area_m2) FROM land_release_products p
                       JOIN land_release_activities a ON a.id = p.activity_id AND a.archived_at IS NULL AND a.approval_status = 'Approved'
                       WHERE p.hazardous_area_id = h.id AND p.archived_at IS NULL AND p.approval_status = 'Approved'
                         AND p.release_date <= CAST({day} AS date) AND (p.superseded_on IS NULL OR p.superseded_on > CAST({day} AS date))), 0)), 0) AS "Value"
            FROM hazardous_areas h
            WHERE h.approval_status = 'Approved' AND h.archived_at IS NULL AND h.recorded_on <= CAST({day} AS date) AND h.province_id = {province}
              AND (h.confirmed_on IS NOT NULL AND h.confirmed_on <= CAST({day} AS date)) = {cha}
            """).SingleAsync();
}
