using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using MineAction.Application.Hazards;
using MineAction.Application.People;
using MineAction.Application.Resources;
using MineAction.Infrastructure.Demo;

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

    internal static List<string> Validate(XDocument document)
    {
        var errors = new List<string>();
        document.Validate(Schemas(), (_, e) => errors.Add($"{e.Severity}: {e.Message}"));
        return errors;
    }

    /// <summary>What the export is built from: a project, its cleared land, a survivor's service and EU money; and the exported file.</summary>
    private sealed record Exported(ProjectDto Project, string HazardCode, Guid ActivityId, Guid ServiceId, CasualtyDto Casualty, string Text)
    {
        public XDocument Document => XDocument.Parse(Text);

        public XElement Activity => Document.Root!.Elements("iati-activity").Single();
    }

    private Task<Exported> ExportedAsync() => app.OnceAsync("exported project", async () =>
    {
        var t = await Tarsenia.LoadAsync(app);
        var project = await _f.ProjectAsync(provinceId: t.Kandara);
        var hazard = await _l.HazardAsync();
        var hazardCode = (await _l.Im.GetAsync<HazardDetailDto>($"/api/v1/hazardous-areas/{hazard.Id}")).Summary.Code;
        var activity = await _l.ActivityAsync(hazard.Id);
        await _l.ReleaseOkAsync(activity, Ledger.Rectangle(hazard.Lon, hazard.Lat, hazard.Lon + 0.005, hazard.Lat + 0.01));
        await _f.Donor.PostAsJsonAsync($"/api/v1/projects/{project.Id}/links", new { kind = "Activity", targetId = activity.Id }).ReadAsync<ProjectDto>();

        // A survivor with a name, served under the project: only counts may leave the system.
        var va = app.ClientFor(Roles.VictimAssistanceOfficer);
        var accident = await va.PostAsync<AccidentDto>("/api/v1/accidents", new
        {
            occurredOn = "2023-05-01", location = new { type = "Point", coordinates = new[] { 100.3, 12.3 } }, provinceId = t.Kandara,
            deviceCategory = "AntiPersonnelMine", activityAtTime = "Farming", killed = 0, injured = 1,
        });
        var casualty = await va.PostAsync<CasualtyDto>($"/api/v1/accidents/{accident.Id}/casualties", new
        {
            sex = "Female", outcome = "Injured", personalData = new { fullName = "Sreymom Kheng", dateOfBirth = "1990-04-04", phone = "+000 555 0777" },
        });
        var opened = await va.PostAsync<AssistanceCaseDto>("/api/v1/assistance-cases", new { casualtyId = casualty.Id, openedOn = "2023-05-10" });
        var served = await va.PostAsync<AssistanceCaseDto>($"/api/v1/assistance-cases/{opened.Id}/services",
            new { deliveredOn = "2024-02-01", providerId = t.Tdo, pillar = "Rehabilitation", costUsd = 850m });
        var serviceId = served.Services[0].Id;
        await _f.Donor.PostAsJsonAsync($"/api/v1/projects/{project.Id}/links", new { kind = "AssistanceService", targetId = serviceId }).ReadAsync<ProjectDto>();

        var contribution = await _f.ContributionAsync(await _f.FundAsync(), project.Id, currency: "EUR", donor: "EU", amount: 200_000m);
        await _f.RecordOkAsync(contribution, "IncomingCommitment", 200_000m, "2024-01-05", usdRate: 1.09m);
        await _f.RecordOkAsync(contribution, "IncomingFunds", 120_000m, "2024-02-01", usdRate: 1.08m);
        await _f.RecordOkAsync(contribution, "Disbursement", 100_000m, "2024-02-10", usdRate: 1.08m);
        await _f.RecordOkAsync(contribution, "Expenditure", 60_000m, "2024-09-30", usdRate: 1.1m);

        var response = await app.ClientFor(Roles.DonorReporting).GetAsync($"/api/v1/iati/activities.xml?projectId={project.Id}");
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        return new Exported(project, hazardCode, activity.Id, serviceId, casualty, await response.Content.ReadAsStringAsync());
    });

    [Fact]
    public async Task The_export_is_valid_against_the_iati_2_03_schema()
    {
        var document = (await ExportedAsync()).Document;
        Assert.Equal("2.03", document.Root!.Attribute("version")!.Value);
        Assert.Empty(Validate(document));
    }

    [Fact]
    public async Task The_schema_check_bites()
    {
        var document = (await ExportedAsync()).Document;
        document.Root!.Elements("iati-activity").Single().Element("iati-identifier")!.Remove();
        Assert.NotEmpty(Validate(document));
    }

    [Fact]
    public async Task An_activity_is_identified_by_the_reporting_organisation_and_project_code_in_the_mine_action_sector()
    {
        var exported = await ExportedAsync();
        Assert.Equal($"XI-IATI-NMAA-TARSENIA-{exported.Project.Code}", exported.Activity.Element("iati-identifier")!.Value);
        var sector = exported.Activity.Element("sector")!;
        Assert.Equal(("1", "15250"), (sector.Attribute("vocabulary")!.Value, sector.Attribute("code")!.Value));
        Assert.Equal(["1", "2", "3", "4"], exported.Activity.Elements("participating-org").Select(o => o.Attribute("role")!.Value).Distinct().Order());
    }

    [Fact]
    public async Task Transactions_carry_their_type_and_value_date()
    {
        var transactions = (await ExportedAsync()).Activity.Elements("transaction").ToList();
        Assert.Equal(["11", "1", "3", "4"], transactions.Select(x => x.Element("transaction-type")!.Attribute("code")!.Value));
        Assert.All(transactions, x => Assert.NotNull(x.Element("value")!.Attribute("value-date")));
        Assert.Equal("100000.00", transactions[2].Element("value")!.Value);
    }

    [Fact]
    public async Task Results_report_the_area_cleared()
    {
        var cleared = (await ExportedAsync()).Activity.Descendants("indicator").Single(i => i.Element("title")!.Value.StartsWith("Area cleared", StringComparison.Ordinal));
        Assert.True(double.Parse(cleared.Descendants("actual").Single().Attribute("value")!.Value, CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task The_budget_is_split_into_calendar_years()
    {
        var budgets = (await ExportedAsync()).Activity.Elements("budget").ToList();
        Assert.Equal(["2023-01-01", "2024-01-01", "2025-01-01"], budgets.Select(b => b.Element("period-start")!.Attribute("iso-date")!.Value));
        Assert.Equal(500_000m, budgets.Sum(b => decimal.Parse(b.Element("value")!.Value, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Locations_are_the_province_and_the_hazardous_areas_worked()
    {
        var locations = (await ExportedAsync()).Activity.Elements("location").ToList();
        Assert.Equal(2, locations.Count);
        Assert.All(locations, l => Assert.Matches(@"^-?\d+(\.\d+)? -?\d+(\.\d+)?$", l.Element("point")!.Element("pos")!.Value));
    }

    [Fact]
    public async Task No_personal_data_leaves_in_the_file()
    {
        var exported = await ExportedAsync();
        foreach (var personal in new[] { "Sreymom", "Kheng", "555 0777", exported.Casualty.VictimCode })
        {
            Assert.DoesNotContain(personal, exported.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Assistance_services_are_offered_for_linking_by_date_pillar_and_provider_without_names()
    {
        var exported = await ExportedAsync();
        var candidates = await _f.Donor.GetAsync<List<ProjectLinkCandidates.Candidate>>("/api/v1/projects/link-candidates?kind=AssistanceService&search=rehab");
        Assert.Equal("2024-02-01 · Rehabilitation · TDO · 850.00 USD", candidates.Single(c => c.Id == exported.ServiceId).Label);
        Assert.DoesNotContain(candidates, c => c.Label.Contains("Sreymom", StringComparison.Ordinal));
        Assert.Empty(await _f.Donor.GetAsync<List<ProjectLinkCandidates.Candidate>>("/api/v1/projects/link-candidates?kind=AssistanceService&search=psychosocial-none"));
    }

    [Fact]
    public async Task Activities_are_found_for_linking_by_hazard_code()
    {
        var exported = await ExportedAsync();
        var activities = await _f.Donor.GetAsync<List<ProjectLinkCandidates.Candidate>>($"/api/v1/projects/link-candidates?kind=Activity&search={exported.HazardCode}");
        Assert.Contains(activities, a => a.Id == exported.ActivityId);
    }

    [Fact]
    public async Task All_projects_export_together_and_stay_valid()
    {
        await _f.ProjectAsync(start: "2030-01-01", end: "2031-12-31");
        var text = await app.ClientFor(Roles.Viewer).GetStringAsync("/api/v1/iati/activities.xml");
        var document = XDocument.Parse(text);
        Assert.Empty(Validate(document));
        Assert.Contains(document.Root!.Elements("iati-activity"), a => a.Element("activity-status")!.Attribute("code")!.Value == "1");
    }

    [Fact]
    public async Task Every_coded_value_is_in_its_iati_codelist()
    {
        var (problems, checkedLists) = IatiCodelistCheck.Check((await ExportedAsync()).Document);
        Assert.Empty(problems);
        Assert.Superset(new HashSet<string>(["ActivityStatus", "ActivityDateType", "Country", "OrganisationType", "OrganisationRole", "TransactionType",
            "Sector", "GeographicLocationClass", "LocationType", "GeographicVocabulary", "GeographicExactness", "Currency"]), checkedLists);
    }

    [Fact]
    public async Task The_codelist_check_bites()
    {
        var document = (await ExportedAsync()).Document;
        document.Descendants("recipient-country").Single().SetAttributeValue("code", "XT");
        document.Descendants("location-class").First().SetAttributeValue("code", "9");
        Assert.Equal(2, IatiCodelistCheck.Check(document).Problems.Count);
    }

    [Fact]
    public async Task Actual_dates_come_from_real_work_and_money_and_the_status_from_the_projects_state()
    {
        // Planned 2023–2025; the first real work is the activity started on 2024-01-10 (the 2024-01-05 commitment is not money moving).
        // Past its end the project's clearance is still in progress: finalisation, no actual end yet.
        var activity = (await ExportedAsync()).Activity;
        string? Date(int type) => activity.Elements("activity-date").SingleOrDefault(d => d.Attribute("type")!.Value == $"{type}")?.Attribute("iso-date")!.Value;
        Assert.Equal(("2023-01-01", "2024-01-10", "2025-12-31", null), (Date(1), Date(2), Date(3), Date(4)));
        Assert.Equal("3", activity.Element("activity-status")!.Attribute("code")!.Value);
    }

    [Fact]
    public async Task A_project_without_work_or_money_has_no_actual_dates_and_an_archived_one_stays_as_cancelled()
    {
        var idle = await _f.ProjectAsync(start: "2021-01-01", end: "2021-12-31");
        var mistaken = await _f.ProjectAsync(start: "2022-01-01", end: "2022-06-30");
        await _f.Donor.PostAsJsonAsync($"/api/v1/projects/{mistaken.Id}/archive", new { reason = "Never signed" }).ReadAsync<ProjectDto>();

        var document = XDocument.Parse(await _f.Donor.GetStringAsync("/api/v1/iati/activities.xml"));
        Assert.Empty(Validate(document));
        XElement Of(ProjectDto p) => document.Root!.Elements("iati-activity").Single(a => a.Element("iati-identifier")!.Value.EndsWith("-" + p.Code, StringComparison.Ordinal));
        Assert.Equal("4", Of(idle).Element("activity-status")!.Attribute("code")!.Value);
        Assert.Equal(["1", "3"], Of(idle).Elements("activity-date").Select(d => d.Attribute("type")!.Value));
        Assert.Equal("5", Of(mistaken).Element("activity-status")!.Attribute("code")!.Value);
    }

    [Fact]
    public async Task A_province_is_an_administrative_region_and_a_hazardous_area_a_tract_of_land()
    {
        var locations = (await ExportedAsync()).Activity.Elements("location").ToList();
        (string, string, string) Kind(XElement l) => (l.Element("location-class")!.Attribute("code")!.Value,
            l.Element("feature-designation")!.Attribute("code")!.Value, l.Element("exactness")!.Attribute("code")!.Value);
        Assert.Equal([("1", "ADM1", "2"), ("4", "AREA", "1")], locations.Select(Kind));
        Assert.All(locations, l => Assert.Equal(("A4", "0", "TH"), (l.Element("administrative")!.Attribute("vocabulary")!.Value,
            l.Element("administrative")!.Attribute("level")!.Value, l.Element("administrative")!.Attribute("code")!.Value)));
    }

    [Fact]
    public async Task The_authority_reports_others_money_as_a_secondary_reporter_and_names_every_organisation_it_can_by_its_identifier()
    {
        var activity = (await ExportedAsync()).Activity;
        Assert.Equal("1", activity.Element("reporting-org")!.Attribute("secondary-reporter")!.Value);
        var identified = DemoOrganisations.All.Where(o => o.IatiIdentifier is not null).ToDictionary(o => o.Name, o => o.IatiIdentifier);
        var organisations = activity.Descendants().Where(e => e.Name.LocalName is "participating-org" or "provider-org" or "receiver-org").ToList();
        Assert.Contains(organisations, o => o.Attribute("ref")?.Value == "GB-CHC-1001813");
        Assert.All(organisations.Where(o => identified.ContainsKey(o.Element("narrative")!.Value)),
            o => Assert.Equal(identified[o.Element("narrative")!.Value], o.Attribute("ref")?.Value));
        var spending = activity.Elements("transaction").Single(t => t.Element("transaction-type")!.Attribute("code")!.Value == "4");
        Assert.Equal("GB-CHC-1001813", spending.Element("provider-org")!.Attribute("ref")!.Value);
    }

    [Fact]
    public async Task The_file_holds_the_projects_of_the_chosen_period_and_donor_and_comes_as_a_download()
    {
        var exported = await ExportedAsync();
        var later = await _f.ProjectAsync(start: "2032-01-01", end: "2032-12-31");
        var other = await _f.ProjectAsync(start: "2023-06-01", end: "2024-06-30");
        await _f.ContributionAsync(await _f.FundAsync(), other.Id, donor: "GoJ");
        async Task<List<string>> IdentifiersAsync(string query)
        {
            var response = await _f.Donor.GetAsync($"/api/v1/iati/activities.xml?{query}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
            var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Empty(Validate(document));
            return [.. document.Root!.Elements("iati-activity").Select(a => a.Element("iati-identifier")!.Value)];
        }

        bool In(List<string> identifiers, ProjectDto p) => identifiers.Any(i => i.EndsWith("-" + p.Code, StringComparison.Ordinal));
        var in2032 = await IdentifiersAsync("from=2032-01-01&to=2032-12-31");
        Assert.True(In(in2032, later));
        Assert.False(In(in2032, exported.Project));
        var ofEu = await IdentifiersAsync($"from=2023-01-01&to=2025-12-31&donorId={await _f.OrganisationAsync("EU")}");
        Assert.True(In(ofEu, exported.Project));
        Assert.False(In(ofEu, other));
        Assert.False(In(ofEu, later));
        var response = await _f.Donor.GetAsync("/api/v1/iati/activities.xml?from=2024-01-01&to=2023-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("iati-activities-2032-01-01-2032-12-31.xml",
            (await _f.Donor.GetAsync("/api/v1/iati/activities.xml?from=2032-01-01&to=2032-12-31")).Content.Headers.ContentDisposition!.FileName?.Trim('"'));
    }

    [Fact]
    public async Task An_unknown_project_is_not_found() =>
        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientFor(Roles.Viewer).GetAsync($"/api/v1/iati/activities.xml?projectId={Guid.NewGuid()}")).StatusCode);
}
