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

    private Task<DeviceDto> DeviceAsync(ActivityDto activity, string category, int quantity, string method, string? model = "PMN-2", string on = "2024-02-01") =>
        _l.DisposedDeviceAsync(activity, category, quantity, method, model, on);

    /// <summary>What the year's figures must be, from the areas PostGIS measured.</summary>
    private sealed record Year(decimal Cancelled, decimal Reduced, decimal Cleared, decimal VeyraLeft, decimal VeyraArea, decimal MekholCleared,
        decimal MekholLeft, decimal MekholArea, Guid Stockpile, Guid Retained);

    private Task<Year> RecordAsync() => app.OnceAsync("apmbc year", async () =>
    {
        var t = await Tarsenia.LoadAsync(app);
        var (a, _, _, aArea, c, r, k) = await _l.ReleasedThreeWaysAsync(t.Veyra);
        (await _l.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{a}/marking", new { markedOn = "2024-04-01" })).EnsureSuccessStatusCode();

        var (b, bLon, bLat, bArea) = await _l.HazardAsync(t.Mekhol);
        var earlier = await _l.ActivityAsync(b, startedOn: "2023-01-10");
        await DeviceAsync(earlier, "AntiPersonnelMine", 5, "DestroyedInSitu", on: "2023-02-01");
        (await _l.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{b}/confirm", new { confirmedOn = "2024-02-01", note = "AP mines found" })).EnsureSuccessStatusCode();
        (await _l.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{b}/marking", new { fencedOn = "2024-10-01" })).EnsureSuccessStatusCode();
        (await _l.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{b}/marking", new { markedOn = "2025-01-15" })).EnsureSuccessStatusCode(); // after the year
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

    [Fact]
    public async Task Every_form_gives_the_hand_computed_figures()
    {
        var y = await RecordAsync();
        var report = await _l.Im.GetAsync<TreatyReport>("/api/v1/reports/article7/apmbc/2024");

        Assert.Equal(["A", "B", "C", "C2", "D", "E", "F", "F2", "G", "H", "I", "I2", "J", "J2"], report.Forms.Select(f => f.Code));
        Assert.Equal("Law 12/2001 on the prohibition of anti-personnel mines.", Form(report, "A").Text);
        Assert.Null(Form(report, "E").Text);

        Assert.Equal(["Improvised: unspecified", "PMN-2"], Form(report, "H").Rows.Select(r => r.Labels[0]));
        Assert.Equal(["OpenBurning"], Form(report, "F2").Rows.Where(r => r.Key != "total").Select(r => r.Labels[2]));

        // Every figure of every form: the non-zero ones exactly these, all others zero.
        var (s, r) = (y.Stockpile.ToString("N"), y.Retained.ToString("N"));
        var expected = new Dictionary<string, decimal>
        {
            [$"B.{s}.quantity"] = 450, ["B.total.quantity"] = 450,
            ["C.XTA-05.shaCount"] = 1, ["C.XTA-05.shaAreaM2"] = y.VeyraLeft, ["C.XTA-02.chaCount"] = 1, ["C.XTA-02.chaAreaM2"] = y.MekholLeft,
            ["C.total.shaCount"] = 1, ["C.total.shaAreaM2"] = y.VeyraLeft, ["C.total.chaCount"] = 1, ["C.total.chaAreaM2"] = y.MekholLeft,
            ["C2.SHA.openingCount"] = 2, ["C2.SHA.openingM2"] = y.VeyraArea + y.MekholArea, ["C2.SHA.closingCount"] = 1, ["C2.SHA.closingM2"] = y.VeyraLeft,
            ["C2.CHA.closingCount"] = 1, ["C2.CHA.closingM2"] = y.MekholLeft,
            ["C2.total.openingCount"] = 2, ["C2.total.openingM2"] = y.VeyraArea + y.MekholArea, ["C2.total.closingCount"] = 2,
            ["C2.total.closingM2"] = y.VeyraLeft + y.MekholLeft,
            [$"D.{r}.atStart"] = 90, [$"D.{r}.added"] = 50, [$"D.{r}.consumed"] = 20, [$"D.{r}.atEnd"] = 120,
            ["D.total.atStart"] = 90, ["D.total.added"] = 50, ["D.total.consumed"] = 20, ["D.total.atEnd"] = 120,
            ["F.XTA-05.cancelledM2"] = y.Cancelled, ["F.XTA-05.reducedM2"] = y.Reduced, ["F.XTA-05.clearedM2"] = y.Cleared,
            ["F.XTA-05.totalM2"] = y.Cancelled + y.Reduced + y.Cleared, ["F.XTA-02.clearedM2"] = y.MekholCleared, ["F.XTA-02.totalM2"] = y.MekholCleared,
            ["F.total.cancelledM2"] = y.Cancelled, ["F.total.reducedM2"] = y.Reduced, ["F.total.clearedM2"] = y.Cleared + y.MekholCleared,
            ["F.total.totalM2"] = y.Cancelled + y.Reduced + y.Cleared + y.MekholCleared,
            [$"F2.{s}-openburning.destroyed"] = 200, ["F2.total.destroyed"] = 200,
            ["G.pmn-2.clearance"] = 3, ["G.pmn-2.stockpile"] = 200, ["G.pmn-2.year"] = 203, ["G.pmn-2.since1999"] = 3 + 5 + 200 + 300,
            ["G.improvised-unspecified.clearance"] = 2, ["G.improvised-unspecified.year"] = 2, ["G.improvised-unspecified.since1999"] = 2,
            ["G.total.clearance"] = 5, ["G.total.stockpile"] = 200, ["G.total.year"] = 205, ["G.total.since1999"] = 510,
            ["I.sessions.total"] = 2, ["I.beneficiaries.girls"] = 24, ["I.beneficiaries.boys"] = 20, ["I.beneficiaries.women"] = 16,
            ["I.beneficiaries.men"] = 12, ["I.beneficiaries.total"] = 72, ["I.withDisabilities.girls"] = 2, ["I.withDisabilities.total"] = 2,
            ["I2.XTA-05.areas"] = 1, ["I2.XTA-05.marked"] = 1, ["I2.XTA-02.areas"] = 1, ["I2.XTA-02.fenced"] = 1,
            ["I2.total.areas"] = 2, ["I2.total.marked"] = 1, ["I2.total.fenced"] = 1,
            ["J.Medical.female"] = 1, ["J.Medical.total"] = 1, ["J.Rehabilitation.male"] = 1, ["J.Rehabilitation.total"] = 1,
            ["J.total.female"] = 1, ["J.total.male"] = 1, ["J.total.total"] = 2,
            ["J2.goj.receivedUsd"] = 1500, ["J2.total.receivedUsd"] = 1500,
        };
        var figures = TreatyReports.Figures(report);
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), figures.Where(f => f.Value != 0).OrderBy(f => f.Key, StringComparer.Ordinal));
        Assert.Equal(0m, figures["C.XTA-05.chaCount"]);
        Assert.Equal(0m, figures[$"D.{r}.destroyedOrTransferred"]);
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
        Assert.Equal(["Report", "Form A", "Form B", "Form C", "Form C2", "Form D", "Form E", "Form F", "Form F2", "Form G", "Form H", "Form I", "Form I2", "Form J", "Form J2"],
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
    public async Task Marking_and_fencing_need_a_date_within_the_hazards_life()
    {
        var (hazard, _, _, _) = await _l.HazardAsync(recordedOn: "2022-01-01");
        await (await _l.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{hazard}/marking", new { })).FieldErrorAsync("markedOn");
        Assert.Equal("MARKING_DATE_INVALID", await (await _l.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{hazard}/marking",
            new { fencedOn = "2021-12-31" })).RuleAsync());
        var marked = await _l.Im.PostAsync<Application.Hazards.HazardDetailDto>($"/api/v1/hazardous-areas/{hazard}/marking", new { markedOn = "2022-03-01" });
        var fenced = await _l.Im.PostAsync<Application.Hazards.HazardDetailDto>($"/api/v1/hazardous-areas/{hazard}/marking", new { fencedOn = "2023-03-01" });
        Assert.Equal((new DateOnly(2022, 3, 1), (DateOnly?)null), (marked.MarkedOn!.Value, marked.FencedOn));
        Assert.Equal((new DateOnly(2022, 3, 1), new DateOnly(2023, 3, 1)), (fenced.MarkedOn!.Value, fenced.FencedOn!.Value));
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
