using MineAction.Application.LandRelease;
using MineAction.Application.People;
using MineAction.Application.Reporting;

namespace MineAction.Api.Tests.Reporting;

/// <summary>
/// A small national year recorded through the API gives the hand-computed value of every cell of every form of the APMBC Article 7
/// report, every cell drills down to records adding up to it, and no victim's personal data appears anywhere.
/// </summary>
public sealed class ApmbcReportTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private const string VictimName = "Vireak Kheang-Sopheap";
    private const string VictimId = "XTA-1990-77123";
    private const string VictimBirth = "1990-07-21";

    private readonly Ledger _l = new(app);
    private readonly Stockpile _k = new(app);
    private readonly Victims _v = new(app);
    private readonly Funding _f = new(app);

    private static decimal M2(double area) => Math.Round((decimal)area, 2, MidpointRounding.AwayFromZero);

    private async Task DeviceAsync(ActivityDto activity, string category, int quantity, string method, string? model = "PMN-2", string on = "2024-02-01") =>
        await _l.Im.PostAsync<DeviceDto>($"/api/v1/activities/{activity.Id}/devices", new
        {
            category, model, quantity, foundOn = on, condition = "Armed", disposalMethod = method, disposedOn = on,
        });

    /// <summary>What the year's figures must be, from the areas PostGIS measured.</summary>
    private sealed record Year(decimal Cancelled, decimal Reduced, decimal Cleared, decimal VeyraLeft, decimal VeyraArea, decimal MekholCleared,
        decimal MekholLeft, decimal MekholArea, Guid Stockpile, Guid Retained);

    private Task<Year> RecordAsync() => app.OnceAsync("apmbc year", async () =>
    {
        var t = await Tarsenia.LoadAsync(app);
        var (a, lon, lat, aArea) = await _l.HazardAsync(t.Veyra);
        var c = await _l.ReleaseOkAsync(await _l.ActivityAsync(a, "NTS"), Ledger.Rectangle(lon, lat, lon + 0.004, lat + 0.01), "Cancelled", null, "2024-03-01");
        var r = await _l.ReleaseOkAsync(await _l.ActivityAsync(a, "TS"), Ledger.Rectangle(lon + 0.004, lat, lon + 0.006, lat + 0.01), "Reduced", null, "2024-05-01");
        var k = await _l.ReleaseOkAsync(await _l.ActivityAsync(a), Ledger.Rectangle(lon + 0.006, lat, lon + 0.007, lat + 0.01), "Cleared", 13, "2024-06-01");

        var (b, bLon, bLat, bArea) = await _l.HazardAsync(t.Mekhol);
        var earlier = await _l.ActivityAsync(b, startedOn: "2023-01-10");
        await DeviceAsync(earlier, "AntiPersonnelMine", 5, "DestroyedInSitu", on: "2023-02-01");
        (await _l.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{b}/confirm", new { confirmedOn = "2024-02-01", note = "AP mines found" })).EnsureSuccessStatusCode();
        var clearance = await _l.ActivityAsync(b);
        var m = await _l.ReleaseOkAsync(clearance, Ledger.Rectangle(bLon, bLat, bLon + 0.005, bLat + 0.01), "Cleared", 13, "2024-09-01");
        await DeviceAsync(clearance, "AntiPersonnelMine", 3, "DestroyedInSitu");
        await DeviceAsync(clearance, "ImprovisedAntiPersonnelMine", 2, "Removed", model: null);
        await DeviceAsync(clearance, "AntiVehicleMine", 4, "DestroyedInSitu", "TM-62");
        await DeviceAsync(clearance, "UnexplodedOrdnance", 6, "RenderedSafe", null);
        await DeviceAsync(clearance, "AntiPersonnelMine", 1, "HandedOver");

        var stockpile = (await _k.LotAsync(quantity: 1000)).Lot.Id;
        await Stockpile.DestroyAsync(_l.Im, stockpile, 300, "2023-06-01");
        await Stockpile.MoveAsync(_l.Im, stockpile, "Destroyed", 200, "2024-04-01", "OpenBurning", "NMAA and ICRC observers");
        await Stockpile.MoveAsync(_l.Im, stockpile, "TransferredOut", 50, "2024-05-01", counterpart: "Demining school (retained)");
        Assert.Equal(HttpStatusCode.Created, (await Stockpile.DestroyAsync(_l.Operator, stockpile, 100, "2024-07-01")).StatusCode); // awaiting review
        var retained = (await _k.LotAsync(quantity: 100, purpose: "Retained")).Lot.Id;
        await Stockpile.MoveAsync(_l.Im, retained, "Consumed", 10, "2023-03-01", note: "Detector trials");
        await Stockpile.MoveAsync(_l.Im, retained, "Added", 50, "2024-05-01", note: "From the central stockpile");
        await Stockpile.MoveAsync(_l.Im, retained, "Consumed", 20, "2024-08-01", note: "Mine detection dog training");
        await _k.LotAsync(quantity: 12, category: "ClusterMunition", submunitionsPerMunition: 202, type: "CBU-87");

        var halo = t.Halo;
        await _l.Im.PostAsync<EoreSessionDto>("/api/v1/eore-sessions", RequestBodies.EoreSession(t, t.Veyra, halo));
        await _l.Im.PostAsync<EoreSessionDto>("/api/v1/eore-sessions", RequestBodies.EoreSession(t, t.Mekhol, halo));
        Assert.Equal(HttpStatusCode.Created, (await _l.Operator.PostAsJsonAsync("/api/v1/eore-sessions", RequestBodies.EoreSession(t, t.Veyra, halo))).StatusCode);

        var accident = await _v.AccidentAsync();
        var victim = await _v.CasualtyAsync(accident, new
        {
            sex = "Female", outcome = "Injured", hasDisability = true,
            personalData = new { fullName = VictimName, nationalId = VictimId, dateOfBirth = VictimBirth, address = "Phum Kor, Kandara" },
        });
        var man = await _v.CasualtyAsync(accident, new { sex = "Male", ageGroup = "Age18To59", outcome = "Injured" });
        var hi = await new Scenario(app).OrganisationIdAsync("HI");
        var cases = new Dictionary<Guid, Guid>();
        foreach (var casualty in new[] { victim.Id, man.Id })
        {
            cases[casualty] = (await (await _v.OpenCaseAsync(new { casualtyId = casualty, needs = new[] { "Medical", "Rehabilitation" }, openedOn = "2023-12-01" }))
                .ReadAsync<AssistanceCaseDto>()).Id;
        }

        foreach (var (casualty, pillar, on) in new[] { (victim.Id, "Medical", "2024-06-01"), (man.Id, "Rehabilitation", "2024-07-01"), (man.Id, "Medical", "2023-12-31") })
        {
            await _v.Va.PostAsync<AssistanceCaseDto>($"/api/v1/assistance-cases/{cases[casualty]}/services", new { deliveredOn = on, providerId = hi, pillar, costUsd = 80m });
        }

        var contribution = await _f.ContributionAsync(await _f.FundAsync());
        await _f.RecordOkAsync(contribution, "IncomingFunds", 1000m, "2024-03-01");
        await _f.RecordOkAsync(contribution, "IncomingFunds", 500m, "2024-09-01");
        await _f.RecordOkAsync(contribution, "IncomingFunds", 700m, "2023-09-01");

        await _l.Im.PutAsJsonAsync("/api/v1/reports/article7/apmbc/2024/texts/a", new { text = "Law 12/2001 on the prohibition of anti-personnel mines." });

        return new Year(M2(c.AreaM2), M2(r.AreaM2), M2(k.AreaM2), M2(aArea - (c.AreaM2 + r.AreaM2 + k.AreaM2)), M2(aArea), M2(m.AreaM2),
            M2(bArea - m.AreaM2), M2(bArea), stockpile, retained);
    });

    private static ReportForm Form(TreatyReport report, string code) => Assert.Single(report.Forms, f => f.Code == code);

    /// <summary>The figures of a row as column → value.</summary>
    private static Dictionary<string, decimal> Row(ReportForm form, string key)
    {
        var row = Assert.Single(form.Rows, r => r.Key == key);
        return form.FigureColumns.Select((c, i) => (c.Key, row.Figures[i])).ToDictionary(x => x.Key, x => x.Item2);
    }

    [Fact]
    public async Task Every_form_gives_the_hand_computed_figures()
    {
        var y = await RecordAsync();
        var report = await _l.Im.GetAsync<TreatyReport>("/api/v1/reports/article7/apmbc/2024");

        Assert.Equal(["A", "B", "C", "C2", "D", "E", "F", "F2", "G", "H", "I", "J", "J2"], report.Forms.Select(f => f.Code));
        Assert.Equal("Law 12/2001 on the prohibition of anti-personnel mines.", Form(report, "A").Text);
        Assert.Null(Form(report, "E").Text);

        var b = Form(report, "B");
        Assert.Equal(450m, Row(b, y.Stockpile.ToString("N"))["quantity"]);
        Assert.Equal(450m, Row(b, "total")["quantity"]);

        var c = Form(report, "C");
        Assert.Equal(new Dictionary<string, decimal> { ["shaCount"] = 1, ["shaAreaM2"] = y.VeyraLeft, ["chaCount"] = 0, ["chaAreaM2"] = 0 }, Row(c, "XTA-05"));
        Assert.Equal(new Dictionary<string, decimal> { ["shaCount"] = 0, ["shaAreaM2"] = 0, ["chaCount"] = 1, ["chaAreaM2"] = y.MekholLeft }, Row(c, "XTA-02"));
        Assert.Equal(y.VeyraLeft + y.MekholLeft, Row(c, "total")["shaAreaM2"] + Row(c, "total")["chaAreaM2"]);

        var c2 = Form(report, "C2");
        Assert.Equal(new Dictionary<string, decimal> { ["openingCount"] = 2, ["openingM2"] = y.VeyraArea + y.MekholArea, ["closingCount"] = 1, ["closingM2"] = y.VeyraLeft },
            Row(c2, "SHA"));
        Assert.Equal(new Dictionary<string, decimal> { ["openingCount"] = 0, ["openingM2"] = 0, ["closingCount"] = 1, ["closingM2"] = y.MekholLeft }, Row(c2, "CHA"));

        Assert.Equal(new Dictionary<string, decimal> { ["atStart"] = 90, ["added"] = 50, ["consumed"] = 20, ["destroyedOrTransferred"] = 0, ["atEnd"] = 120 },
            Row(Form(report, "D"), y.Retained.ToString("N")));

        var f = Form(report, "F");
        Assert.Equal(new Dictionary<string, decimal>
            {
                ["cancelledM2"] = y.Cancelled, ["reducedM2"] = y.Reduced, ["clearedM2"] = y.Cleared, ["totalM2"] = y.Cancelled + y.Reduced + y.Cleared,
            }, Row(f, "XTA-05"));
        Assert.Equal(y.Cancelled + y.Reduced + y.Cleared + y.MekholCleared, Row(f, "total")["totalM2"]);
        var f2 = Form(report, "F2");
        Assert.Equal(["OpenBurning"], f2.Rows.Where(r => r.Key != "total").Select(r => r.Labels[2]));
        Assert.Equal(200m, Row(f2, "total")["destroyed"]);

        var g = Form(report, "G");
        Assert.Equal(new Dictionary<string, decimal> { ["clearance"] = 3, ["stockpile"] = 200, ["year"] = 203, ["since1999"] = 508 }, Row(g, "pmn-2"));
        Assert.Equal(new Dictionary<string, decimal> { ["clearance"] = 2, ["stockpile"] = 0, ["year"] = 2, ["since1999"] = 2 }, Row(g, "improvised-unspecified"));
        Assert.Equal(new Dictionary<string, decimal> { ["clearance"] = 5, ["stockpile"] = 200, ["year"] = 205, ["since1999"] = 510 }, Row(g, "total"));
        Assert.Equal(["Improvised: unspecified", "PMN-2"], Form(report, "H").Rows.Select(r => r.Labels[0]));

        var i = Form(report, "I");
        Assert.Equal(2m, Row(i, "sessions")["total"]);
        Assert.Equal(new Dictionary<string, decimal> { ["girls"] = 24, ["boys"] = 20, ["women"] = 16, ["men"] = 12, ["total"] = 72 }, Row(i, "beneficiaries"));
        Assert.Equal(2m, Row(i, "withDisabilities")["total"]);

        var j = Form(report, "J");
        Assert.Equal((1m, 0m), (Row(j, "Medical")["female"], Row(j, "Medical")["male"]));
        Assert.Equal((0m, 1m), (Row(j, "Rehabilitation")["female"], Row(j, "Rehabilitation")["male"]));
        Assert.Equal(2m, Row(j, "total")["total"]);
        Assert.Equal(1500m, Row(Form(report, "J2"), "goj")["receivedUsd"]);
    }

    [Fact]
    public async Task Every_cell_of_every_form_drills_down_to_records_adding_up_to_it_and_no_output_names_a_victim()
    {
        await RecordAsync();
        var json = await _l.Im.GetStringAsync("/api/v1/reports/article7/apmbc/2024");
        var report = await _l.Im.GetAsync<TreatyReport>("/api/v1/reports/article7/apmbc/2024");
        var outputs = new List<string> { json };

        foreach (var form in report.Forms)
        {
            foreach (var row in form.Rows)
            {
                for (var i = 0; i < form.FigureColumns.Count; i++)
                {
                    var cell = ReportForm.CellOf(form.Code, row.Key, form.FigureColumns[i].Key);
                    var text = await _l.Im.GetStringAsync($"/api/v1/reports/article7/apmbc/2024/cells/{cell}/records?pageSize=500");
                    var records = System.Text.Json.JsonSerializer.Deserialize<CellRecords>(text, ApiClient.Json)!;
                    Assert.True(row.Figures[i] == records.Value && records.Value == records.Records.Items.Sum(r => r.Amount),
                        $"{cell}: figure {row.Figures[i]}, drill-down {records.Value}, records {records.Records.Items.Sum(r => r.Amount)}");
                    outputs.Add(text);
                }
            }
        }

        foreach (var personal in new[] { VictimName, VictimId, VictimBirth, "21/07/1990", "Phum Kor" })
        {
            Assert.DoesNotContain(outputs, o => o.Contains(personal, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task The_workbook_has_a_sheet_per_form_in_the_template_order_and_the_page_prints_every_figure_without_personal_data()
    {
        await RecordAsync();
        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(await _l.Im.GetByteArrayAsync("/api/v1/reports/article7/apmbc/2024/report.xlsx")));
        Assert.Equal(["Report", "Form A", "Form B", "Form C", "Form C2", "Form D", "Form E", "Form F", "Form F2", "Form G", "Form H", "Form I", "Form J", "Form J2"],
            workbook.Worksheets.Select(w => w.Name));
        var g = workbook.Worksheet("Form G");
        Assert.Equal(["Type", "Destroyed in the year: clearance", "Destroyed in the year: stockpiles", "Destroyed in the year", "Destroyed since 1 March 1999"],
            g.Row(1).CellsUsed().Select(c => c.GetString()));
        var pmn = g.RowsUsed().Single(r => r.Cell(1).GetString() == "PMN-2");
        Assert.Equal(508, pmn.Cell(5).GetValue<int>());
        Assert.StartsWith("Law 12/2001", workbook.Worksheet("Form A").Cell(2, 1).GetString(), StringComparison.Ordinal);

        var page = await _l.Im.GetAsync("/api/v1/reports/article7/apmbc/2024/report.html");
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Form G — Anti-personnel mines destroyed after entry into force", html, StringComparison.Ordinal);
        Assert.Contains("data-cell=\"G.pmn-2.since1999\">508<", html, StringComparison.Ordinal);
        var sheets = string.Join('\n', workbook.Worksheets.SelectMany(w => w.CellsUsed()).Select(c => c.GetString()));
        foreach (var personal in new[] { VictimName, VictimId, VictimBirth, "Phum Kor" })
        {
            Assert.DoesNotContain(personal, html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(personal, sheets, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task An_unknown_cell_is_not_found_and_only_forms_A_and_E_take_text()
    {
        await (await _l.Im.GetAsync("/api/v1/reports/article7/apmbc/2024/cells/B.nothing.quantity/records")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("FORM_HAS_NO_TEXT", await (await _l.Im.PutAsJsonAsync("/api/v1/reports/article7/apmbc/2024/texts/G", new { text = "x" })).RuleAsync());
        await (await _l.Im.PutAsJsonAsync("/api/v1/reports/article7/apmbc/2024/texts/E", new { text = "" })).FieldErrorAsync("text");
        var viewer = app.ClientFor(Roles.Viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync("/api/v1/reports/article7/apmbc/2024/texts/E", new { text = "x" })).StatusCode);
    }
}
