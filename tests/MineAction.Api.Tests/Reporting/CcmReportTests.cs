using MineAction.Application.LandRelease;
using MineAction.Application.Reporting;

namespace MineAction.Api.Tests.Reporting;

/// <summary>The CCM Article 7 report: cluster munition stockpiles with their submunitions, remnant areas and their clearance, each figure drilling down.</summary>
public sealed class CcmReportTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private const string Report = "/api/v1/reports/article7/ccm/2024";
    private readonly Ledger _l = new(app);
    private readonly Stockpile _k = new(app);

    private sealed record Year(decimal Left, decimal Cleared, Guid Stockpile);

    private Task<Year> RecordAsync() => app.OnceAsync("ccm year", async () =>
    {
        var t = await Tarsenia.LoadAsync(app);
        var (cmr, lon, lat, area) = await _l.HazardAsync(t.Mekhol, deviceCategories: ["Submunition", "UnexplodedOrdnance"]);
        var clearance = await _l.ActivityAsync(cmr, "BAC");
        var cleared = await _l.ReleaseOkAsync(clearance, Ledger.Rectangle(lon, lat, lon + 0.004, lat + 0.01), "Cleared", 13, "2024-06-01");
        await _l.Im.PostAsync<DeviceDto>($"/api/v1/activities/{clearance.Id}/devices", new
        {
            category = "Submunition", model = "BLU-97/B", quantity = 10, foundOn = "2024-02-01", disposalMethod = "DestroyedInSitu", disposedOn = "2024-02-01",
        });
        await _l.Im.PostAsync<DeviceDto>($"/api/v1/activities/{clearance.Id}/devices", new
        {
            category = "Submunition", model = "BLU-97/B", quantity = 3, foundOn = "2024-02-01", disposalMethod = "RenderedSafe", disposedOn = "2024-02-01",
        });
        var (mines, mLon, mLat, _) = await _l.HazardAsync(t.Veyra, deviceCategories: ["AntiPersonnelMine"]);
        await _l.ReleaseOkAsync(await _l.ActivityAsync(mines), Ledger.Rectangle(mLon, mLat, mLon + 0.004, mLat + 0.01), "Cleared", 13, "2024-06-01");

        var lot = (await _k.LotAsync(quantity: 12, category: "ClusterMunition", submunitionsPerMunition: 202, type: "CBU-87")).Lot.Id;
        Assert.Equal(HttpStatusCode.Created, (await Stockpile.DestroyAsync(_l.Im, lot, 2, "2024-03-01")).StatusCode);
        await _k.LotAsync(quantity: 30, purpose: "Retained", category: "Submunition", type: "BLU-97/B");
        await _k.LotAsync(quantity: 500); // anti-personnel mines: the APMBC's, not the CCM's
        return new Year(Math.Round((decimal)(area - cleared.AreaM2), 2, MidpointRounding.AwayFromZero),
            Math.Round((decimal)cleared.AreaM2, 2, MidpointRounding.AwayFromZero), lot);
    });

    private static decimal Figure(TreatyReport report, string cell) => TreatyReports.Figures(report)[cell];

    [Fact]
    public async Task Cluster_munition_figures_count_submunitions_and_remnant_areas_only()
    {
        var y = await RecordAsync();
        var report = await _l.Im.GetAsync<TreatyReport>(Report);

        Assert.Equal(["A", "B", "C", "D", "E", "F", "F2", "G", "G2", "H", "I", "J", "K"], report.Forms.Select(f => f.Code));
        Assert.Equal((10m, 2020m), (Figure(report, "B.total.quantity"), Figure(report, "B.total.submunitions")));
        Assert.Equal(["CBU-87"], report.Forms.Single(f => f.Code == "C").Rows.Select(r => r.Labels[0]));
        Assert.Equal((2m, 404m), (Figure(report, "D.total.destroyed"), Figure(report, "D.total.submunitionsDestroyed")));
        Assert.Equal((1m, 1m, y.Left), (Figure(report, "E.total.shaCount") + Figure(report, "E.total.chaCount"), Figure(report, "E.XTA-02.chaCount") + Figure(report, "E.XTA-02.shaCount"),
            Figure(report, "E.XTA-02.shaAreaM2") + Figure(report, "E.XTA-02.chaAreaM2")));
        Assert.False(TreatyReports.Figures(report).ContainsKey("E.XTA-05.shaCount"));
        Assert.Equal(y.Cleared, Figure(report, "F.total.clearedM2"));
        Assert.Equal(10m, Figure(report, "F2.submunition-blu-97-b.destroyed"));
        Assert.Equal(30m, Figure(report, "J.total.atEnd"));
        Assert.Equal((1m, 0m), (Figure(report, "G2.total.areas"), Figure(report, "G2.total.marked")));

        foreach (var (cell, value) in TreatyReports.Figures(report))
        {
            var records = await _l.Im.GetAsync<CellRecords>($"{Report}/cells/{cell}/records?pageSize=500");
            Assert.Equal(value, records.Records.Items.Sum(r => r.Amount));
        }
    }

    [Fact]
    public async Task The_states_own_words_go_to_forms_A_and_K()
    {
        await _l.Im.PutAsJsonAsync($"{Report}/texts/K", new { text = "No production facilities ever existed." });
        var report = await _l.Im.GetAsync<TreatyReport>(Report);
        Assert.Equal("No production facilities ever existed.", report.Forms.Single(f => f.Code == "K").Text);
        Assert.Equal("FORM_HAS_NO_TEXT", await (await _l.Im.PutAsJsonAsync($"{Report}/texts/E", new { text = "x" })).RuleAsync());
    }
}
