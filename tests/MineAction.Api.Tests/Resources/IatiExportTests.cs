using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace MineAction.Api.Tests.Resources;

/// <summary>The IATI 2.03 export validates against the official schema (Schemas/iati-2.03) and never carries victims' personal data.</summary>
public sealed class IatiExportTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Funding _f = new(app);
    private readonly Ledger _l = new(app);

    private static XmlSchemaSet Schemas()
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        var path = Path.Combine(AppContext.BaseDirectory, "Schemas", "iati-2.03", "iati-activities-schema.xsd");
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse });
        set.Add(null, reader);
        set.Compile();
        return set;
    }

    private static List<string> Validate(XDocument document)
    {
        var errors = new List<string>();
        document.Validate(Schemas(), (_, e) => errors.Add($"{e.Severity}: {e.Message}"));
        return errors;
    }

    [Fact]
    public async Task The_export_is_valid_iati_2_03_with_transactions_results_and_no_personal_data()
    {
        var t = await Tarsenia.LoadAsync(app);
        var created = await _f.ProjectAsync(provinceId: t.Kandara);
        var project = created["id"]!.GetValue<Guid>();
        var hazard = await _l.HazardAsync();
        var hazardCode = (await (await _l.Im.GetAsync($"/api/v1/hazardous-areas/{hazard.Id}")).JsonAsync())["summary"]!["code"]!.GetValue<string>();
        var activity = await _l.ActivityAsync(hazard.Id);
        Assert.Equal(HttpStatusCode.Created, (await _l.ReleaseAsync(activity, Ledger.Rectangle(hazard.Lon, hazard.Lat, hazard.Lon + 0.005, hazard.Lat + 0.01)))
            .StatusCode);
        await _f.Donor.PostAsJsonAsync($"/api/v1/projects/{project}/links", new { kind = "Activity", targetId = activity["id"] });

        // A survivor with a name, served under the project: only counts may leave the system.
        var va = app.ClientFor(Roles.VictimAssistanceOfficer);
        var accident = (await (await va.PostAsJsonAsync("/api/v1/accidents", new
        {
            occurredOn = "2023-05-01", location = new { type = "Point", coordinates = new[] { 100.3, 12.3 } }, provinceId = t.Kandara,
            deviceCategory = "AntiPersonnelMine", activityAtTime = "Farming", killed = 0, injured = 1,
        })).JsonAsync())["id"];
        var casualty = await (await va.PostAsJsonAsync($"/api/v1/accidents/{accident}/casualties", new
        {
            sex = "Female", outcome = "Injured", personalData = new { fullName = "Sreymom Kheng", dateOfBirth = "1990-04-04", phone = "+000 555 0777" },
        })).JsonAsync();
        var opened = await (await va.PostAsJsonAsync("/api/v1/assistance-cases", new { casualtyId = casualty["id"], openedOn = "2023-05-10" })).JsonAsync();
        var served = await (await va.PostAsJsonAsync($"/api/v1/assistance-cases/{opened["id"]}/services",
            new { deliveredOn = "2024-02-01", providerId = t.Tdo, pillar = "Rehabilitation", costUsd = 850m })).JsonAsync();
        var serviceId = served["services"]![0]!["id"]!.GetValue<Guid>();
        var candidates = await _f.Donor.GetFromJsonAsync<JsonArray>("/api/v1/projects/link-candidates?kind=AssistanceService&search=rehab");
        var candidate = candidates!.Single(c => c!["id"]!.GetValue<Guid>() == serviceId)!["label"]!.GetValue<string>();
        Assert.Equal("2024-02-01 · Rehabilitation · TDO · 850.00 USD", candidate);
        Assert.DoesNotContain(candidates!, c => c!["label"]!.GetValue<string>().Contains("Sreymom", StringComparison.Ordinal));
        Assert.Empty((await _f.Donor.GetFromJsonAsync<JsonArray>("/api/v1/projects/link-candidates?kind=AssistanceService&search=psychosocial-none"))!);
        var activities = await _f.Donor.GetFromJsonAsync<JsonArray>($"/api/v1/projects/link-candidates?kind=Activity&search={hazardCode}");
        Assert.Contains(activities!, a => a!["id"]!.GetValue<Guid>() == activity["id"]!.GetValue<Guid>());
        await _f.Donor.PostAsJsonAsync($"/api/v1/projects/{project}/links", new { kind = "AssistanceService", targetId = serviceId });

        var fund = await _f.FundAsync();
        var contribution = await _f.ContributionAsync(fund, project, currency: "EUR", donor: "EU", amount: 200_000m);
        await _f.RecordOkAsync(contribution, "IncomingCommitment", 200_000m, "2024-01-05", usdRate: 1.09m);
        await _f.RecordOkAsync(contribution, "IncomingFunds", 120_000m, "2024-02-01", usdRate: 1.08m);
        await _f.RecordOkAsync(contribution, "Disbursement", 100_000m, "2024-02-10", usdRate: 1.08m);
        await _f.RecordOkAsync(contribution, "Expenditure", 60_000m, "2024-09-30", usdRate: 1.1m);

        var response = await app.ClientFor(Roles.DonorReporting).GetAsync($"/api/v1/iati/activities.xml?projectId={project}");
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var document = XDocument.Parse(text);
        Assert.Empty(Validate(document));

        var activityXml = Assert.Single(document.Root!.Elements("iati-activity"));
        Assert.Equal("2.03", document.Root!.Attribute("version")!.Value);
        Assert.Equal($"XM-XTA-NMAA-{created["code"]}", activityXml.Element("iati-identifier")!.Value);
        var sector = activityXml.Element("sector")!;
        Assert.Equal(("1", "15250"), (sector.Attribute("vocabulary")!.Value, sector.Attribute("code")!.Value));
        Assert.Equal(["1", "2", "3", "4"], activityXml.Elements("participating-org").Select(o => o.Attribute("role")!.Value).Distinct().Order());
        var transactions = activityXml.Elements("transaction").ToList();
        Assert.Equal(["11", "1", "3", "4"], transactions.Select(x => x.Element("transaction-type")!.Attribute("code")!.Value));
        Assert.All(transactions, x => Assert.NotNull(x.Element("value")!.Attribute("value-date")));
        Assert.Equal("100000.00", transactions[2].Element("value")!.Value);
        var cleared = activityXml.Descendants("indicator").Single(i => i.Element("title")!.Value.StartsWith("Area cleared", StringComparison.Ordinal));
        Assert.True(double.Parse(cleared.Descendants("actual").Single().Attribute("value")!.Value, System.Globalization.CultureInfo.InvariantCulture) > 0);
        var budgets = activityXml.Elements("budget").ToList();
        Assert.Equal(["2023-01-01", "2024-01-01", "2025-01-01"], budgets.Select(b => b.Element("period-start")!.Attribute("iso-date")!.Value));
        Assert.Equal(500_000m, budgets.Sum(b => decimal.Parse(b.Element("value")!.Value, System.Globalization.CultureInfo.InvariantCulture)));
        var locations = activityXml.Elements("location").ToList();
        Assert.Equal(2, locations.Count); // the province, then the hazardous area of the linked activity
        Assert.All(locations, l => Assert.Matches(@"^-?\d+(\.\d+)? -?\d+(\.\d+)?$", l.Element("point")!.Element("pos")!.Value));

        Assert.DoesNotContain("Sreymom", text);
        Assert.DoesNotContain("Kheng", text);
        Assert.DoesNotContain("555 0777", text);
        Assert.DoesNotContain(casualty["victimCode"]!.GetValue<string>(), text);

        // The schema check does bite: without its identifier the activity is invalid.
        activityXml.Element("iati-identifier")!.Remove();
        Assert.NotEmpty(Validate(document));
    }

    [Fact]
    public async Task All_projects_export_together_and_stay_valid()
    {
        await _f.ProjectAsync(start: "2030-01-01", end: "2031-12-31");
        var text = await app.ClientFor(Roles.Viewer).GetStringAsync("/api/v1/iati/activities.xml");
        var document = XDocument.Parse(text);
        Assert.Empty(Validate(document));
        Assert.Contains(document.Root!.Elements("iati-activity"), a => a.Element("activity-status")!.Attribute("code")!.Value == "1");
        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientFor(Roles.Viewer).GetAsync($"/api/v1/iati/activities.xml?projectId={Guid.NewGuid()}")).StatusCode);
    }
}
