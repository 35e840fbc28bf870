namespace MineAction.Api.Tests.People;

/// <summary>Victim assistance cases: services by pillar, follow-ups, closure, and statistics by pillar and sex.</summary>
public sealed class VictimAssistanceTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private HttpClient Va => app.ClientFor(Roles.VictimAssistanceOfficer);

    private async Task<(Guid Survivor, Guid Killed)> CasualtiesAsync()
    {
        var t = await Tarsenia.LoadAsync(app);
        var accident = await (await Va.PostAsJsonAsync("/api/v1/accidents", new
        {
            occurredOn = "2024-02-01", location = new { type = "Point", coordinates = new[] { 100.5, 12.5 } }, provinceId = t.Kandara,
            deviceCategory = "AntiVehicleMine", activityAtTime = "Travelling", killed = 1, injured = 1,
        })).JsonAsync();
        var survivor = await (await Va.PostAsJsonAsync($"/api/v1/accidents/{accident["id"]}/casualties", new { sex = "Female", ageGroup = "Age18To59", outcome = "Injured" })).JsonAsync();
        var killed = await (await Va.PostAsJsonAsync($"/api/v1/accidents/{accident["id"]}/casualties", new { sex = "Male", ageGroup = "Age18To59", outcome = "Killed" })).JsonAsync();
        return (survivor["id"]!.GetValue<Guid>(), killed["id"]!.GetValue<Guid>());
    }

    private async Task<Guid> ProviderAsync() =>
        (await (await Va.GetAsync("/api/v1/organisations?search=HI")).JsonAsync())["items"]!.AsArray().Single(o => o!["acronym"]!.GetValue<string>() == "HI")!["id"]!.GetValue<Guid>();

    [Fact]
    public async Task A_case_records_services_follow_ups_and_closure()
    {
        var (survivor, killed) = await CasualtiesAsync();
        var opened = await Va.PostAsJsonAsync("/api/v1/assistance-cases", new
        {
            casualtyId = survivor, needs = new[] { "Medical", "Rehabilitation", "EconomicInclusion" }, openedOn = "2024-02-10", nextFollowUpOn = "2024-03-01",
        });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var id = (await opened.JsonAsync())["id"]!.GetValue<Guid>();
        await (await Va.PostAsJsonAsync("/api/v1/assistance-cases", new { casualtyId = survivor, openedOn = "2024-02-11" })).FieldErrorAsync("casualtyId");

        var provider = await ProviderAsync();
        var withService = await (await Va.PostAsJsonAsync($"/api/v1/assistance-cases/{id}/services",
            new { deliveredOn = "2024-02-20", providerId = provider, pillar = "Rehabilitation", costUsd = 850m })).JsonAsync();
        Assert.Equal("Active", withService["status"]!.GetValue<string>());
        Assert.Single(withService["services"]!.AsArray());

        var referred = await (await Va.PostAsJsonAsync($"/api/v1/assistance-cases/{id}/referrals",
            new { providerId = provider, pillar = "EconomicInclusion", referredOn = "2024-02-21" })).JsonAsync();
        var referral = referred["referrals"]![0]!["id"]!.GetValue<Guid>();
        var skip = await Va.PostAsJsonAsync($"/api/v1/assistance-cases/{id}/referrals/{referral}/status", new { status = "Completed" });
        Assert.Equal("ILLEGAL_TRANSITION", (await skip.ProblemAsync(HttpStatusCode.UnprocessableEntity))["code"]!.GetValue<string>());
        await Va.PostAsJsonAsync($"/api/v1/assistance-cases/{id}/referrals/{referral}/status", new { status = "Accepted" });
        var completed = await (await Va.PostAsJsonAsync($"/api/v1/assistance-cases/{id}/referrals/{referral}/status", new { status = "Completed" })).JsonAsync();
        Assert.Equal("Completed", completed["referrals"]![0]!["status"]!.GetValue<string>());

        var register = await (await Va.GetAsync("/api/v1/assistance-cases?status=Active&need=Rehabilitation&pageSize=500")).JsonAsync();
        var row = register["items"]!.AsArray().Single(r => r!["id"]!.GetValue<Guid>() == id)!;
        Assert.StartsWith("V-", row["victimCode"]!.GetValue<string>());
        Assert.True(row["servicesDelivered"]!.GetValue<int>() >= 1);
        Assert.DoesNotContain((await (await Va.GetAsync("/api/v1/assistance-cases?need=Psychosocial&pageSize=500")).JsonAsync())["items"]!.AsArray(),
            r => r!["id"]!.GetValue<Guid>() == id);
        await (await Va.GetAsync("/api/v1/assistance-cases?pageSize=0")).FieldErrorAsync("pageSize");
        var overdue = (await Va.GetFromJsonAsync<JsonArray>("/api/v1/assistance-cases/overdue"))!;
        Assert.Contains(overdue, o => o!["caseId"]!.GetValue<Guid>() == id);

        var closeWithout = await Va.PostAsJsonAsync($"/api/v1/assistance-cases/{id}/close", new { closedOn = "2024-04-01" });
        Assert.Equal("REASON_REQUIRED", (await closeWithout.ProblemAsync(HttpStatusCode.UnprocessableEntity))["code"]!.GetValue<string>());
        var closed = await (await Va.PostAsJsonAsync($"/api/v1/assistance-cases/{id}/close",
            new { closedOn = "2024-04-01", reason = "Prosthesis fitted; livelihood grant received" })).JsonAsync();
        Assert.Equal("Closed", closed["status"]!.GetValue<string>());
        Assert.DoesNotContain((await Va.GetFromJsonAsync<JsonArray>("/api/v1/assistance-cases/overdue"))!, o => o!["caseId"]!.GetValue<Guid>() == id);

        var forDeceased = await Va.PostAsJsonAsync("/api/v1/assistance-cases", new { casualtyId = killed, openedOn = "2024-02-10" });
        Assert.Equal("CASE_FOR_DECEASED", (await forDeceased.ProblemAsync(HttpStatusCode.UnprocessableEntity))["code"]!.GetValue<string>());
        var family = await Va.PostAsJsonAsync("/api/v1/assistance-cases", new { casualtyId = killed, relationship = "daughter", needs = new[] { "Education" }, openedOn = "2024-02-10" });
        Assert.Equal(HttpStatusCode.Created, family.StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientFor(Roles.InformationManager).GetAsync($"/api/v1/assistance-cases/{id}")).StatusCode);
    }

    [Fact]
    public async Task Services_are_counted_by_pillar_and_sex()
    {
        var (survivor, _) = await CasualtiesAsync();
        var id = (await (await Va.PostAsJsonAsync("/api/v1/assistance-cases", new { casualtyId = survivor, openedOn = "2023-01-10" })).JsonAsync())["id"]!.GetValue<Guid>();
        var provider = await ProviderAsync();
        foreach (var (pillar, cost) in new[] { ("Medical", 100m), ("Medical", 50m), ("Psychosocial", 20m) })
        {
            await Va.PostAsJsonAsync($"/api/v1/assistance-cases/{id}/services", new { deliveredOn = "2024-03-01", providerId = provider, pillar, costUsd = cost });
        }

        var rows = (await app.ClientFor(Roles.DonorReporting).GetFromJsonAsync<JsonArray>("/api/v1/assistance-cases/statistics?year=2024"))!;
        var medical = rows.Single(r => r!["pillar"]!.GetValue<string>() == "Medical" && r["sex"]!.GetValue<string>() == "Female")!;
        Assert.Equal(2, medical["services"]!.GetValue<int>());
        Assert.Equal(150m, medical["costUsd"]!.GetValue<decimal>());

        var csv = await app.ClientFor(Roles.DonorReporting).GetStringAsync("/api/v1/assistance-cases/statistics.csv?year=2024");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("#date +year,#sector +pillar,#meta +sex,#output +services,#value +cost +usd", lines[1]);
        Assert.Contains("2024,Medical,Female,2,150.00", lines);
        Assert.Contains("2024,Psychosocial,Female,1,20.00", lines);
    }
}
