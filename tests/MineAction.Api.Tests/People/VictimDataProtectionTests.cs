using Microsoft.EntityFrameworkCore;
using MineAction.Application.People;
using MineAction.Domain.Hazards;
using MineAction.Domain.People;

namespace MineAction.Api.Tests.People;

/// <summary>Victims' personal data reaches only victim assistance officers and administrators, encrypted at rest, every read audited.</summary>
public sealed class VictimDataProtectionTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private const string Name = "Sokha Pheap";
    private static readonly string[] AllowedRoles = [Roles.VictimAssistanceOfficer, Roles.Administrator];

    public static TheoryData<string> OtherRoles =>
        [Roles.DonorReporting, Roles.Viewer, Roles.OperatorDataEntry, Roles.InformationManager, Roles.QualityManager];

    public static TheoryData<string> Allowed => [.. AllowedRoles];

    private readonly Victims _v = new(app);
    private HttpClient Va => _v.Va;

    /// <summary>A girl injured by a mine in May 2024, recorded with her name, national ID, birth date, address and phone.</summary>
    private Task<CasualtyDto> VictimAsync() => app.OnceAsync("named-victim", async () =>
    {
        var accident = await _v.AccidentAsync();
        return await _v.CasualtyAsync(accident, new
        {
            sex = "Female", outcome = "Injured", injuries = new[] { "LowerLimbAmputation" }, hasDisability = true,
            personalData = new { fullName = Name, nationalId = "XTA-1987-55510", dateOfBirth = "2012-03-04", address = "Phum Kor, Kandara", phone = "+000 555 0101" },
        });
    });

    [Fact]
    public async Task The_age_group_follows_from_the_birth_date_and_the_accident_date()
    {
        var victim = await VictimAsync();
        Assert.Equal(AgeGroup.Age12To17, victim.AgeGroup);
        Assert.Equal(Name, victim.PersonalData!.FullName);
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public async Task Allowed_roles_read_the_personal_data(string role)
    {
        var victim = await VictimAsync();
        var accident = await app.ClientFor(role).GetAsync<AccidentDto>($"/api/v1/accidents/{victim.AccidentId}");
        var personal = accident.Casualties.Single(c => c.Id == victim.Id).PersonalData!;
        Assert.Equal(Name, personal.FullName);
        Assert.Equal(new DateOnly(2012, 3, 4), personal.DateOfBirth);
    }

    [Theory]
    [MemberData(nameof(OtherRoles))]
    public async Task Other_roles_see_the_victim_code_only(string role)
    {
        var victim = await VictimAsync();
        var text = await app.ClientFor(role).GetStringAsync($"/api/v1/accidents/{victim.AccidentId}");
        Assert.DoesNotContain(Name, text);
        Assert.DoesNotContain("XTA-1987-55510", text);
        Assert.Contains(victim.VictimCode, text);
    }

    [Theory]
    [MemberData(nameof(OtherRoles))]
    public async Task Other_roles_find_a_casualty_by_victim_code_but_not_by_name(string role)
    {
        var victim = await VictimAsync();
        var client = app.ClientFor(role);
        Assert.Empty(await client.GetAsync<List<CasualtyDto>>("/api/v1/casualties?search=Sokha"));
        Assert.Null(Assert.Single(await client.GetAsync<List<CasualtyDto>>($"/api/v1/casualties?search={victim.VictimCode}")).PersonalData);
    }

    [Fact]
    public async Task The_victim_assistance_officer_finds_a_casualty_by_name()
    {
        await VictimAsync();
        var found = await Va.GetAsync<List<CasualtyDto>>("/api/v1/casualties?search=sokha");
        Assert.Equal(Name, Assert.Single(found).PersonalData!.FullName);
    }

    [Fact]
    public async Task Personal_data_is_encrypted_at_rest()
    {
        var victim = await VictimAsync();
        await using var db = app.Db();
        var stored = await db.VictimPersonalData.SingleAsync(p => p.CasualtyId == victim.Id);
        Assert.DoesNotContain("Sokha", stored.FullName);
        Assert.DoesNotContain("55510", stored.NationalId!);
    }

    [Fact]
    public async Task Every_read_of_personal_data_is_audited_without_the_data()
    {
        var victim = await VictimAsync();
        foreach (var role in AllowedRoles)
        {
            await app.ClientFor(role).GetAsync<AccidentDto>($"/api/v1/accidents/{victim.AccidentId}");
        }

        await using var db = app.Db();
        var reads = await db.AuditEntries.CountAsync(e => e.EntityType == "VictimPersonalData" && e.Action == "Read" && e.EntityId == victim.Id);
        Assert.True(reads >= AllowedRoles.Length, $"expected every personal-data read to be audited, found {reads}");
        var leaks = await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM audit_entries WHERE changes::text LIKE '%Sokha%'").SingleAsync();
        Assert.True(leaks == 0, "personal data leaked into the audit trail");
    }

    [Fact]
    public async Task Only_the_allowed_roles_may_record_personal_data()
    {
        var accident = await _v.AccidentAsync();
        var im = app.ClientFor(Roles.InformationManager);
        await (await _v.PostCasualtyAsync(accident, new { sex = "Male", outcome = "Injured", ageGroup = "Age18To59", personalData = new { fullName = "Someone" } }, im))
            .ProblemAsync(HttpStatusCode.Forbidden);
        var withoutPii = await _v.PostCasualtyAsync(accident, new { sex = "Male", outcome = "Killed", ageGroup = "Age18To59" }, im);
        Assert.Equal(HttpStatusCode.Created, withoutPii.StatusCode);
    }

    [Fact]
    public async Task An_accident_without_casualties_is_refused()
    {
        var t = await Tarsenia.LoadAsync(app);
        var none = await Va.PostAsJsonAsync("/api/v1/accidents", new
        {
            occurredOn = "2024-05-01", location = new { type = "Point", coordinates = new[] { 100.3, 12.3 } }, provinceId = t.Kandara,
            deviceCategory = "UnexplodedOrdnance", activityAtTime = "Farming", killed = 0, injured = 0,
        });
        Assert.Equal("NO_CASUALTIES", await none.RuleAsync());
    }

    [Fact]
    public async Task A_negative_count_is_refused()
    {
        await (await Va.PostJsonAsync("/api/v1/accidents", """{"occurredOn":"2024-05-01","killed":-1,"injured":1}""")).FieldErrorAsync("killed");
    }

    [Fact]
    public async Task A_victim_born_after_the_accident_is_refused()
    {
        var accident = await _v.AccidentAsync();
        var unborn = await _v.PostCasualtyAsync(accident, new { sex = "Female", outcome = "Injured", personalData = new { fullName = "Later Born", dateOfBirth = "2025-01-01" } });
        Assert.Equal("BIRTH_AFTER_ACCIDENT", await unborn.RuleAsync());
    }

    [Fact]
    public async Task A_casualty_without_birth_date_needs_an_age_group()
    {
        var accident = await _v.AccidentAsync();
        await (await _v.PostCasualtyAsync(accident, new { sex = "Female", outcome = "Injured" })).FieldErrorAsync("ageGroup");
    }

    /// <summary>A 2023 submunition accident: two injured girls, a killed man and an injured old man recorded with his name.</summary>
    private Task<AccidentDto> SubmunitionAccidentAsync() => app.OnceAsync("submunition-2023", async () =>
    {
        var accident = await _v.AccidentAsync(killed: 1, injured: 3, occurredOn: "2023-07-01", device: "Submunition");
        foreach (var (sex, age, outcome) in new[] { ("Female", "Age5To11", "Injured"), ("Female", "Age5To11", "Injured"), ("Male", "Age18To59", "Killed") })
        {
            await _v.CasualtyAsync(accident, new { sex, ageGroup = age, outcome });
        }

        await _v.CasualtyAsync(accident, new
        {
            sex = "Male", outcome = "Injured", personalData = new { fullName = "Chenda Ouk", dateOfBirth = "1950-02-03", phone = "+000 555 0199" },
        });
        return accident;
    });

    [Fact]
    public async Task Casualty_statistics_are_disaggregated_by_sex_and_age()
    {
        await SubmunitionAccidentAsync();
        var rows = await app.ClientFor(Roles.DonorReporting).GetAsync<List<CasualtyStatistics.Row>>("/api/v1/casualties/statistics?year=2023");
        var girls = rows.Single(r => r.Sex == Sex.Female && r.AgeGroup == AgeGroup.Age5To11);
        Assert.Equal(2, girls.Injured);
        Assert.Equal(DeviceCategory.Submunition, girls.DeviceCategory);
        Assert.Equal(1, rows.Single(r => r.Sex == Sex.Male && r.AgeGroup == AgeGroup.Age18To59).Killed);
        Assert.Equal(1, rows.Single(r => r.AgeGroup == AgeGroup.Age60Plus).Injured);
    }

    [Fact]
    public async Task Casualty_statistics_export_as_hxl_tagged_csv_without_personal_data()
    {
        await SubmunitionAccidentAsync();
        var csv = await app.ClientFor(Roles.DonorReporting).GetStringAsync("/api/v1/casualties/statistics.csv?year=2023");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Year,Sex,Age group,Device category,Activity at time,Killed,Injured", lines[0]);
        Assert.Equal("#date +year,#meta +sex,#meta +age_group,#item +type,#activity +type,#affected +killed,#affected +injured", lines[1]);
        Assert.Contains("2023,Female,Age5To11,Submunition,CollectingWood,0,2", lines);
        Assert.Contains("2023,Male,Age18To59,Submunition,CollectingWood,1,0", lines);
        Assert.Contains("2023,Male,Age60Plus,Submunition,CollectingWood,0,1", lines);
        Assert.Equal(5, lines.Length);
        Assert.DoesNotContain("Chenda", csv);
        Assert.DoesNotContain("1950", csv);
        Assert.DoesNotContain("V-", csv);
    }
}
