using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MineAction.Domain.DataImport;
using MineAction.Domain.Hazards;
using MineAction.Domain.People;
using static MineAction.Api.Tests.DataImport.ImportApi;

namespace MineAction.Api.Tests.DataImport;

/// <summary>
/// Accidents and their casualties from two linked tables: personal data is encrypted as when typed in, only the roles allowed to hold it
/// may bring it, and neither the stored file nor the problem report keeps it in clear.
/// </summary>
public sealed class AccidentImportTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private const string Accidents = "external_id,occurred_on,longitude,latitude,device_category,hazard,activity_at_time,killed,injured,source";
    private const string Casualties = "external_id,accident,sex,age_group,outcome,injuries,has_disability,full_name,national_id,date_of_birth,address,phone";

    private HttpClient Im => app.ClientFor(Roles.InformationManager);

    private HttpClient Admin => app.ClientFor(Roles.Administrator);

    private static string Point(double lon, double lat) => string.Create(CultureInfo.InvariantCulture, $"{lon + 0.004},{lat + 0.004}");

    [Fact]
    public async Task Accidents_and_casualties_import_in_order_with_personal_data_sealed()
    {
        var (lon, lat) = Ledger.NextCell();
        await ImportedAsync(Im, "Accidents", $"{Accidents}\nACC-IMP-1,2024-03-02,{Point(lon, lat)},AntiPersonnelMine,,Farming,1,2,Police report 12\n");
        // The victim assistance officer, who holds victims' personal data, brings the casualties in.
        var casualties = await ImportedAsync(app.ClientFor(Roles.VictimAssistanceOfficer), "Casualties", $"{Casualties}\n"
            + "C1,ACC-IMP-1,Male,Age18To59,Killed,,,,,,,\n"
            + "C2,ACC-IMP-1,Female,,Injured,LowerLimbAmputation;Hearing,yes,Srey Mom Imported,KH-889911,1990-05-17,Village 4,+855 12 345 678\n"
            + "C3,ACC-IMP-1,Female,Age5To11,Injured,,no,,,,,\n");
        Assert.Equal(3, casualties.Created);

        await using var db = app.Db();
        var accident = await db.Accidents.SingleAsync(a => a.ExternalImsmaId == "ACC-IMP-1");
        Assert.Equal((1, 2, DeviceCategory.AntiPersonnelMine), (accident.Killed, accident.Injured, accident.DeviceCategory));
        var people = await db.Casualties.Where(c => c.AccidentId == accident.Id).OrderBy(c => c.ExternalImsmaId).ToListAsync();
        Assert.Equal(["C1", "C2", "C3"], people.Select(c => c.ExternalImsmaId));
        Assert.Equal((AgeGroup.Age18To59, true), (people[1].AgeGroup, people[1].HasDisability)); // from the date of birth
        var sealedData = await db.VictimPersonalData.SingleAsync(p => p.CasualtyId == people[1].Id);
        Assert.DoesNotContain("Srey", sealedData.FullName, StringComparison.Ordinal);

        // The victim assistance officer reads the name through the API; the stored upload holds no name in clear.
        var read = await app.ClientFor(Roles.VictimAssistanceOfficer).GetAsync($"/api/v1/accidents/{accident.Id}");
        Assert.Contains("Srey Mom Imported", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await StoredInClearAsync("Police report 12")); // the probe finds what is stored in clear
        Assert.False(await StoredInClearAsync("Srey Mom Imported"));
        Assert.False(await StoredInClearAsync("KH-889911"));
    }

    [Fact]
    public async Task Personal_values_never_reach_the_problem_report_and_only_allowed_roles_bring_them()
    {
        var (lon, lat) = Ledger.NextCell();
        await ImportedAsync(Im, "Accidents", $"{Accidents}\nACC-IMP-2,2024-04-02,{Point(lon, lat)},UnexplodedOrdnance,,Playing,0,2,\n");
        var bad = await CheckedAsync(Admin, "Casualties", Csv($"{Casualties}\n"
            + "D1,ACC-IMP-2,Male,,Injured,,,Dara Hidden,KH-HIDDEN-7,1990-13-45,Hidden Street 9,+855 99 000 111\n"
            + "D2,ACC-NONE,Male,Age5To11,Injured,,maybe,,,,,\n"
            + "D3,ACC-IMP-2,Female,Age5To11,Killed,Visual,,,,,,\n"));
        Assert.Equal(ImportState.Invalid, bad.State);
        var problems = await ProblemsAsync(Admin, bad.Id);
        Assert.Contains(problems, p => p is { Row: 2, Column: "date_of_birth", Rule: "IMPORT_DATE_INVALID", Value: null });
        Assert.Contains(problems, p => p is { Row: 3, Column: "accident", Rule: "IMPORT_REFERENCE_UNKNOWN", Value: "ACC-NONE" });
        Assert.Contains(problems, p => p is { Row: 3, Column: "has_disability", Rule: "IMPORT_CHOICE_UNKNOWN" });
        Assert.Contains(problems, p => p is { Row: 4, Column: "injuries", Rule: "KILLED_WITH_INJURIES" });
        var report = await (await Admin.GetAsync($"/api/v1/imports/{bad.Id}/problems.csv")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("1990-13-45", report, StringComparison.Ordinal);
        Assert.False(await StoredInClearAsync("Dara Hidden"));
        Assert.False(await StoredInClearAsync("1990-13-45"));

        // An information manager records casualties but not who they are.
        var byIm = await CheckedAsync(Im, "Casualties", Csv($"{Casualties}\nE1,ACC-IMP-2,Male,Age5To11,Injured,,,Dara Hidden,,,,\n"));
        Assert.Contains(await ProblemsAsync(Im, byIm.Id), p => p is { Row: 2, Rule: "FORBIDDEN" });
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(app.ClientFor(Roles.OperatorDataEntry), "Accidents", Csv(Accidents))).StatusCode);
    }

    [Fact]
    public async Task Assistance_services_import_against_casualties_opening_their_cases()
    {
        var (lon, lat) = Ledger.NextCell();
        var va = app.ClientFor(Roles.VictimAssistanceOfficer);
        await ImportedAsync(Im, "Accidents", $"{Accidents}\nACC-IMP-3,2024-05-02,{Point(lon, lat)},AntiPersonnelMine,,Farming,1,1,\n");
        await ImportedAsync(va, "Casualties", $"{Casualties}\nS1,ACC-IMP-3,Male,Age18To59,Injured,,,,,,,\nS2,ACC-IMP-3,Male,Age18To59,Killed,,,,,,,\n");
        const string Services = "external_id,accident,casualty,relationship,delivered_on,provider,pillar,cost_usd,case_opened_on";
        var services = await ImportedAsync(va, "AssistanceServices", $"{Services}\n"
            + "V1,ACC-IMP-3,S1,,2024-05-03,HALO,Medical,120.50,2024-05-02\n"
            + "V2,ACC-IMP-3,S1,,2024-07-01,HALO,Rehabilitation,,\n"
            + "V1,ACC-IMP-3,S2,widow,2024-08-01,HALO,EconomicInclusion,300,\n");
        Assert.Equal(3, services.Created);

        await using var db = app.Db();
        var accident = await db.Accidents.SingleAsync(a => a.ExternalImsmaId == "ACC-IMP-3");
        var cases = await db.AssistanceCases.Where(c => db.Casualties.Any(x => x.Id == c.CasualtyId && x.AccidentId == accident.Id))
            .OrderBy(c => c.OpenedOn).ToListAsync();
        Assert.Equal([(null, new DateOnly(2024, 5, 2)), ("widow", new DateOnly(2024, 8, 1))], cases.Select(c => (c.Relationship, c.OpenedOn)));
        var delivered = await db.AssistanceServices.Where(s => s.CaseId == cases[0].Id).OrderBy(s => s.DeliveredOn).ToListAsync();
        Assert.Equal([("V1", 120.50m), ("V2", 0m)], delivered.Select(s => (s.ExternalImsmaId, s.CostUsd)));

        // The same services again change nothing; a changed one is refused, as are a killed casualty without a relationship and a date
        // before the case opened.
        var again = await CheckedAsync(va, "AssistanceServices", Csv($"{Services}\n"
            + "V1,ACC-IMP-3,S1,,2024-05-03,HALO,Medical,120.50,\n"
            + "V2,ACC-IMP-3,S1,,2024-07-01,HALO,Rehabilitation,99,\n"
            + "V9,ACC-IMP-3,S2,,2024-08-01,HALO,Medical,,\n"
            + "V3,ACC-IMP-3,S1,,2024-04-01,HALO,Medical,,\n"
            + "V4,ACC-IMP-3,S9,,2024-08-01,HALO,Medical,,\n"));
        var problems = await ProblemsAsync(va, again.Id);
        Assert.DoesNotContain(problems, p => p.Row == 2);
        Assert.Contains(problems, p => p is { Row: 3, Column: "external_id", Rule: "IMPORT_SERVICE_FIXED" });
        Assert.Contains(problems, p => p is { Row: 4, Column: "relationship", Rule: "CASE_FOR_DECEASED" });
        Assert.Contains(problems, p => p is { Row: 5, Column: "delivered_on", Rule: "DATE_ORDER" });
        Assert.Contains(problems, p => p is { Row: 6, Column: "casualty", Rule: "IMPORT_REFERENCE_UNKNOWN" });

        // Cases are handled by victim assistance officers and administrators only.
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(Im, "AssistanceServices", Csv(Services))).StatusCode);
    }

    /// <summary>Whether the text is anywhere in the database in clear: every text, JSON and binary column of every table.</summary>
    private async Task<bool> StoredInClearAsync(string text)
    {
        await using var db = app.Db();
        var bytes = Convert.ToHexStringLower(Encoding.UTF8.GetBytes(text));
        var columns = await db.Database.SqlQuery<string>($"""
            SELECT format('SELECT count(*) AS "Value" FROM %I.%I WHERE position(%L in %s) > 0', table_schema, table_name,
                   CASE WHEN data_type = 'bytea' THEN decode({bytes}, 'hex')::text ELSE {text} END,
                   CASE WHEN data_type = 'bytea' THEN format('%I', column_name) ELSE format('%I::text', column_name) END) AS "Value"
            FROM information_schema.columns
            WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'bytea')
            """).ToListAsync();
        foreach (var query in columns)
        {
            if (await db.Database.SqlQueryRaw<long>(query).SingleAsync() > 0)
            {
                return true;
            }
        }

        return false;
    }
}
