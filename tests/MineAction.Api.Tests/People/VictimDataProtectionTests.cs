using Microsoft.EntityFrameworkCore;

namespace MineAction.Api.Tests.People;

/// <summary>Victims' personal data reaches only victim assistance officers and administrators, encrypted at rest, every read audited.</summary>
public sealed class VictimDataProtectionTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private const string Name = "Sokha Pheap";
    private HttpClient Va => app.ClientFor(Roles.VictimAssistanceOfficer);

    private async Task<Guid> AccidentAsync(int killed = 0, int injured = 2, string occurredOn = "2024-05-01", string device = "AntiPersonnelMine")
    {
        var t = await Tarsenia.LoadAsync(app);
        var response = await Va.PostAsJsonAsync("/api/v1/accidents", new
        {
            occurredOn, location = new { type = "Point", coordinates = new[] { 100.3, 12.3 } }, provinceId = t.Kandara, deviceCategory = device,
            activityAtTime = "CollectingWood", killed, injured, source = "Provincial hospital report",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync())["id"]!.GetValue<Guid>();
    }

    private async Task<JsonObject> VictimAsync(Guid accident)
    {
        var response = await Va.PostAsJsonAsync($"/api/v1/accidents/{accident}/casualties", new
        {
            sex = "Female", outcome = "Injured", injuries = new[] { "LowerLimbAmputation" }, hasDisability = true,
            personalData = new { fullName = Name, nationalId = "XTA-1987-55510", dateOfBirth = "2012-03-04", address = "Phum Kor, Kandara", phone = "+000 555 0101" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    [Fact]
    public async Task Personal_data_reaches_only_the_roles_allowed_and_every_read_is_audited()
    {
        var accident = await AccidentAsync();
        var victim = await VictimAsync(accident);
        Assert.Equal("Age12To17", victim["ageGroup"]!.GetValue<string>());
        Assert.Equal(Name, victim["personalData"]!["fullName"]!.GetValue<string>());
        var code = victim["victimCode"]!.GetValue<string>();

        foreach (var role in new[] { Roles.VictimAssistanceOfficer, Roles.Administrator })
        {
            var text = await app.ClientFor(role).GetStringAsync($"/api/v1/accidents/{accident}");
            Assert.Contains(Name, text);
            Assert.Contains("2012-03-04", text);
        }

        foreach (var role in new[] { Roles.DonorReporting, Roles.Viewer, Roles.OperatorDataEntry, Roles.InformationManager, Roles.QualityManager })
        {
            var client = app.ClientFor(role);
            var text = await client.GetStringAsync($"/api/v1/accidents/{accident}");
            Assert.DoesNotContain(Name, text);
            Assert.DoesNotContain("XTA-1987-55510", text);
            Assert.Contains(code, text);
            Assert.Empty((await client.GetFromJsonAsync<JsonArray>($"/api/v1/casualties?search={Uri.EscapeDataString("Sokha")}"))!);
            Assert.Single((await client.GetFromJsonAsync<JsonArray>($"/api/v1/casualties?search={code}"))!);
        }

        var found = (await Va.GetFromJsonAsync<JsonArray>("/api/v1/casualties?search=sokha"))!;
        Assert.Equal(Name, Assert.Single(found)!["personalData"]!["fullName"]!.GetValue<string>());

        await using var db = app.Db();
        var stored = await db.VictimPersonalData.SingleAsync(p => p.CasualtyId == victim["id"]!.GetValue<Guid>());
        Assert.DoesNotContain("Sokha", stored.FullName);
        Assert.DoesNotContain("55510", stored.NationalId!);
        var reads = await db.AuditEntries.CountAsync(e => e.EntityType == "VictimPersonalData" && e.Action == "Read" && e.EntityId == stored.CasualtyId);
        Assert.True(reads >= 4, $"expected every personal-data read to be audited, found {reads}");
        var leaks = await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM audit_entries WHERE changes::text LIKE '%Sokha%'").SingleAsync();
        Assert.True(leaks == 0, "personal data leaked into the audit trail");
    }

    [Fact]
    public async Task Only_the_allowed_roles_may_record_personal_data()
    {
        var accident = await AccidentAsync();
        var byIm = await app.ClientFor(Roles.InformationManager).PostAsJsonAsync($"/api/v1/accidents/{accident}/casualties", new
        {
            sex = "Male", outcome = "Injured", ageGroup = "Age18To59", personalData = new { fullName = "Someone" },
        });
        await byIm.ProblemAsync(HttpStatusCode.Forbidden);
        var withoutPii = await app.ClientFor(Roles.InformationManager).PostAsJsonAsync($"/api/v1/accidents/{accident}/casualties",
            new { sex = "Male", outcome = "Killed", ageGroup = "Age18To59" });
        Assert.Equal(HttpStatusCode.Created, withoutPii.StatusCode);
    }

    [Fact]
    public async Task Impossible_data_is_refused()
    {
        var t = await Tarsenia.LoadAsync(app);
        var none = await Va.PostAsJsonAsync("/api/v1/accidents", new
        {
            occurredOn = "2024-05-01", location = new { type = "Point", coordinates = new[] { 100.3, 12.3 } }, provinceId = t.Kandara,
            deviceCategory = "UnexplodedOrdnance", activityAtTime = "Farming", killed = 0, injured = 0,
        });
        Assert.Equal("NO_CASUALTIES", (await none.ProblemAsync(HttpStatusCode.UnprocessableEntity))["code"]!.GetValue<string>());
        await (await Va.PostJsonAsync("/api/v1/accidents", """{"occurredOn":"2024-05-01","killed":-1,"injured":1}""")).FieldErrorAsync("killed");

        var accident = await AccidentAsync();
        var unborn = await Va.PostAsJsonAsync($"/api/v1/accidents/{accident}/casualties", new
        {
            sex = "Female", outcome = "Injured", personalData = new { fullName = "Later Born", dateOfBirth = "2025-01-01" },
        });
        Assert.Equal("BIRTH_AFTER_ACCIDENT", (await unborn.ProblemAsync(HttpStatusCode.UnprocessableEntity))["code"]!.GetValue<string>());
        await (await Va.PostAsJsonAsync($"/api/v1/accidents/{accident}/casualties", new { sex = "Female", outcome = "Injured" })).FieldErrorAsync("ageGroup");
    }

    [Fact]
    public async Task Casualty_statistics_are_disaggregated_by_sex_and_age_without_personal_data()
    {
        var accident = await AccidentAsync(killed: 1, injured: 2, occurredOn: "2023-07-01", device: "Submunition");
        foreach (var (sex, age, outcome) in new[] { ("Female", "Age5To11", "Injured"), ("Female", "Age5To11", "Injured"), ("Male", "Age18To59", "Killed") })
        {
            var response = await Va.PostAsJsonAsync($"/api/v1/accidents/{accident}/casualties", new { sex, ageGroup = age, outcome });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var rows = (await app.ClientFor(Roles.DonorReporting).GetFromJsonAsync<JsonArray>("/api/v1/casualties/statistics?year=2023"))!;
        var girls = rows.Single(r => r!["sex"]!.GetValue<string>() == "Female" && r["ageGroup"]!.GetValue<string>() == "Age5To11")!;
        Assert.Equal(2, girls["injured"]!.GetValue<int>());
        Assert.Equal("Submunition", girls["deviceCategory"]!.GetValue<string>());
        var men = rows.Single(r => r!["sex"]!.GetValue<string>() == "Male")!;
        Assert.Equal(1, men["killed"]!.GetValue<int>());
        Assert.DoesNotContain("fullName", rows.ToJsonString());

        var withName = await Va.PostAsJsonAsync($"/api/v1/accidents/{accident}/casualties", new
        {
            sex = "Male", outcome = "Injured", personalData = new { fullName = "Chenda Ouk", dateOfBirth = "1950-02-03", phone = "+000 555 0199" },
        });
        Assert.Equal(HttpStatusCode.Created, withName.StatusCode);
        var csv = await app.ClientFor(Roles.DonorReporting).GetStringAsync("/api/v1/casualties/statistics.csv?year=2023");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Year,Sex,Age group,Device category,Activity at time,Killed,Injured", lines[0]);
        Assert.Equal("#date +year,#meta +sex,#meta +age_group,#item +type,#meta +activity,#affected +killed,#affected +injured", lines[1]);
        Assert.Contains("2023,Female,Age5To11,Submunition,CollectingWood,0,2", lines);
        Assert.Contains("2023,Male,Age18To59,Submunition,CollectingWood,1,0", lines);
        Assert.Contains("2023,Male,Age60Plus,Submunition,CollectingWood,0,1", lines);
        Assert.Equal(5, lines.Length);
        Assert.DoesNotContain("Chenda", csv);
        Assert.DoesNotContain("1950", csv);
        Assert.DoesNotContain("V-", csv);
    }
}
