using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using static MineAction.Api.Tests.DataImport.ImportApi;

namespace MineAction.Api.Tests.DataImport;

/// <summary>A second programme on a database of its own, to import into what the first exported.</summary>
public sealed class OtherProgramme : MineActionApp;

/// <summary>
/// Every record type round-trips: a linked set of records imported into one programme, exported in the import's columns, imported into
/// another programme and exported there again gives the same file, row for row (personal data included, for the roles that hold it).
/// </summary>
public sealed class RecordRoundTripTests(MineActionApp source, OtherProgramme target) : IClassFixture<MineActionApp>, IClassFixture<OtherProgramme>
{
    private const string Tag = "RT-";

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The same fund and project, which files name but do not bring, in both programmes.</summary>
    private static async Task FundAndProjectAsync(MineActionApp app)
    {
        var admin = app.ClientFor(Roles.Administrator);
        var organisations = await admin.GetAsync<PagedResult<Application.Organisations.OrganisationDto>>("/api/v1/organisations?pageSize=200");
        Guid Id(string acronym) => organisations.Items.First(o => o.Acronym == acronym).Id;
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/funds",
            new { name = "RT-Fund", kind = "UnVoluntaryTrustFund", managingOrganisationId = Id("UNMAS") })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/projects", new
        {
            code = "RT-PRJ", title = "Round trip", implementingOrganisationId = Id("HALO"), startDate = "2023-01-01", endDate = "2025-12-31",
            budget = 500_000m, budgetCurrency = "USD",
        })).StatusCode);
    }

    /// <summary>The export's header, HXL row and the rows of this test.</summary>
    private static async Task<string> ExportAsync(MineActionApp app, string recordType)
    {
        var response = await app.ClientFor(Roles.Administrator).GetAsync($"/api/v1/imports/records/{recordType}.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n");
        return string.Join("\n", lines.Take(2).Concat(lines.Skip(2).Where(l => l.Contains(Tag, StringComparison.Ordinal)))) + "\n";
    }

    [Fact]
    public async Task Every_record_type_exported_imports_into_another_programme_and_exports_the_same()
    {
        await FundAndProjectAsync(source);
        await FundAndProjectAsync(target);
        var admin = source.ClientFor(Roles.Administrator);
        var ((a, b), (c, d)) = (Ledger.NextCell(), Ledger.NextCell());
        var files = new (string Type, string Csv)[]
        {
            ("Organisations", "name,acronym,type,country,iati_identifier,external_id\nRT-Demining Unit,RTDU,Government,XTA,XM-DAC-99999,RT-ORG-1\n"),
            ("HazardousAreas", "external_id,name,type,confirmed_on,geometry,organisation,evidence,device_categories,land_use_blocked,recorded_on,direct_girls\n"
                + F($"RT-H1,RT-East,SHA,,\"{Square(a, b)}\",HALO,Indirect,AntiPersonnelMine;Submunition,Agriculture,2023-05-01,12\n")
                + F($"RT-H2,RT-West,CHA,2023-07-01,\"{Square(c, d)}\",HALO,Direct,,,2023-06-01,\n")),
            ("Activities", "external_id,hazard,organisation,type,methods,planned_start,planned_end,status,started_on,completed_on\n"
                + "RT-A1,RT-H1,HALO,NTS,,2024-01-01,2024-02-28,Completed,2024-01-15,2024-02-01\n"
                + "RT-A2,RT-H2,HALO,Clearance,Manual,2024-01-01,2024-12-31,InProgress,2024-01-20,\n"),
            ("ReleasedLand", "external_id,activity,organisation,outcome,geometry,cleared_depth_cm,release_date\n"
                + F($"RT-P1,RT-A1,HALO,Cancelled,\"{Rectangle(a, b, a + 0.005, b + 0.01)}\",,2024-01-25\n")
                + F($"RT-P2,RT-A2,HALO,Cleared,\"{Rectangle(c, d, c + 0.005, d + 0.005)}\",25,2024-03-10\n")),
            ("Devices", "external_id,activity,organisation,released_land,category,model,quantity,longitude,latitude,condition,found_on,disposal_method,disposed_on\n"
                + F($"RT-D1,RT-A2,HALO,RT-P2,AntiPersonnelMine,PMN-2,3,{c + 0.001},{d + 0.001},Intact,2024-03-01,DestroyedInSitu,2024-03-02\n")
                + "RT-D2,RT-A2,HALO,,UnexplodedOrdnance,,1,,,,2024-03-05,,\n"),
            ("EoreSessions", "external_id,held_on,longitude,latitude,organisation,method,audience,girls,boys,women,men,disabled_girls,materials\n"
                + F($"RT-E1,2024-04-02,{a + 0.004},{b + 0.004},HALO,Interpersonal,School,30,25,4,2,1,RT-Posters\n")),
            ("Accidents", "external_id,occurred_on,longitude,latitude,device_category,hazard,activity_at_time,killed,injured,source\n"
                + F($"RT-ACC-1,2024-03-02,{c + 0.004},{d + 0.004},AntiPersonnelMine,RT-H2,Farming,1,1,RT-Police\n")),
            ("Casualties", "external_id,accident,sex,age_group,outcome,injuries,has_disability,full_name,national_id,date_of_birth,address,phone\n"
                + "RT-C1,RT-ACC-1,Male,Age18To59,Killed,,,,,,,\n"
                + "RT-C2,RT-ACC-1,Female,,Injured,LowerLimbAmputation;Hearing,yes,RT-Srey Round,KH-RT-1,1990-05-17,Village 4,+855 12 000 000\n"),
            ("AssistanceServices", "external_id,accident,casualty,relationship,delivered_on,provider,pillar,cost_usd,case_opened_on\n"
                + "RT-V1,RT-ACC-1,RT-C2,,2024-03-05,HALO,Medical,120.50,2024-03-03\n"
                + "RT-V2,RT-ACC-1,RT-C1,widow,2024-06-01,HALO,EconomicInclusion,300,\n"),
            ("Contributions", "reference,donor,fund,project,recipient,currency,amount,schedule,earmarked_activity,earmarked_province\n"
                + "RT-AGR-1,GoJ,RT-Fund,RT-PRJ,RTDU,USD,250000,2024:150000;2025:100000,Clearance,\n"
                + "RT-AGR-2,EU,RT-Fund,,,EUR,80000,,,\n"),
            ("Transactions", "external_id,donor,contribution,type,date,amount,currency,usd_rate,rate_date,description\n"
                + "RT-T1,GoJ,RT-AGR-1,IncomingFunds,2024-02-01,150000,,,,RT-First tranche\n"
                + "RT-T2,GoJ,RT-AGR-1,Disbursement,2024-03-01,90000,,,,RT-To the project\n"
                + "RT-T1,EU,RT-AGR-2,IncomingFunds,2024-04-01,80000,EUR,1.08,2024-04-01,RT-Euro\n"),
        };

        foreach (var (type, csv) in files)
        {
            await ImportedAsync(admin, type, csv);
        }

        // In dependency order, as a migration would run: each file exported here is imported there, then exported there.
        foreach (var (type, csv) in files)
        {
            var exported = await ExportAsync(source, type);
            Assert.True(csv.Count(ch => ch == '\n') + 1 == exported.Count(ch => ch == '\n'), $"{type}: {exported}"); // its rows, and the HXL row
            var imported = await ImportedAsync(target.ClientFor(Roles.Administrator), type, Encoding.UTF8.GetBytes(exported), $"{type}.csv");
            Assert.Equal(csv.Count(ch => ch == '\n') - 1, imported.Created + imported.Updated + imported.Unchanged);
            Assert.Equal(exported, await ExportAsync(target, type));
        }
    }

    [Fact]
    public async Task Personal_data_leaves_only_with_the_roles_that_hold_it_and_each_read_is_audited()
    {
        var (lon, lat) = Ledger.NextCell();
        var admin = source.ClientFor(Roles.Administrator);
        await ImportedAsync(admin, "Accidents", "external_id,occurred_on,longitude,latitude,device_category,activity_at_time,killed,injured\n"
            + F($"PD-ACC-9,2024-03-02,{lon + 0.004},{lat + 0.004},AntiPersonnelMine,Farming,0,1\n"));
        await ImportedAsync(admin, "Casualties", "external_id,accident,sex,outcome,date_of_birth,full_name\nPD-C9,PD-ACC-9,Male,Injured,1985-01-02,PD-Hidden Name\n");

        var byIm = await source.ClientFor(Roles.InformationManager).GetStringAsync("/api/v1/imports/records/Casualties.csv");
        Assert.Contains("PD-C9,PD-ACC-9,Male,Age18To59,Injured", byIm, StringComparison.Ordinal);
        Assert.DoesNotContain("PD-Hidden Name", byIm, StringComparison.Ordinal);
        Assert.DoesNotContain("1985-01-02", byIm, StringComparison.Ordinal);
        var byOfficer = await source.ClientFor(Roles.VictimAssistanceOfficer).GetStringAsync("/api/v1/imports/records/Casualties.csv");
        Assert.Contains("PD-Hidden Name", byOfficer, StringComparison.Ordinal);

        await using var db = source.Db();
        var casualty = await db.Casualties.SingleAsync(x => x.ExternalImsmaId == "PD-C9");
        Assert.Contains(await db.AuditEntries.Where(e => e.EntityId == casualty.Id && e.Action == "Read").Select(e => e.UserName).ToListAsync(),
            u => u.Contains("victim", StringComparison.OrdinalIgnoreCase) || u.Contains("va", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.Forbidden, (await source.ClientFor(Roles.DonorReporting).GetAsync("/api/v1/imports/records/Casualties.csv")).StatusCode);
    }
}
