using MineAction.Application.Organisations;
using MineAction.Application.People;
using MineAction.Domain.Organisations;
using MineAction.Domain.People;

namespace MineAction.Api.Tests.People;

/// <summary>Victim assistance cases: services by pillar, referrals, follow-ups, closure, and statistics by pillar and sex.</summary>
public sealed class VictimAssistanceTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Victims _v = new(app);
    private HttpClient Va => _v.Va;

    /// <summary>An injured woman and a killed man of one anti-vehicle mine accident.</summary>
    private async Task<(CasualtyDto Survivor, CasualtyDto Killed)> CasualtiesAsync()
    {
        var accident = await _v.AccidentAsync(killed: 1, injured: 1, occurredOn: "2024-02-01", device: "AntiVehicleMine", activity: "Travelling");
        var survivor = await _v.CasualtyAsync(accident, new { sex = "Female", ageGroup = "Age18To59", outcome = "Injured" });
        var killed = await _v.CasualtyAsync(accident, new { sex = "Male", ageGroup = "Age18To59", outcome = "Killed" });
        return (survivor, killed);
    }

    private async Task<Guid> ProviderAsync() =>
        (await Va.GetAsync<PagedResult<OrganisationDto>>("/api/v1/organisations?search=HI")).Items.Single(o => o.Acronym == "HI").Id;

    /// <summary>A case opened for the survivor with medical, rehabilitation and economic needs, follow-up due 1 March 2024.</summary>
    private async Task<AssistanceCaseDto> OpenCaseAsync()
    {
        var (survivor, _) = await CasualtiesAsync();
        var opened = await _v.OpenCaseAsync(new
        {
            casualtyId = survivor.Id, needs = new[] { "Medical", "Rehabilitation", "EconomicInclusion" }, openedOn = "2024-02-10", nextFollowUpOn = "2024-03-01",
        });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return await opened.ReadAsync<AssistanceCaseDto>();
    }

    private async Task<AssistanceCaseDto> ServeAsync(AssistanceCaseDto c, string pillar = "Rehabilitation", decimal cost = 850m, string on = "2024-02-20") =>
        await Va.PostAsync<AssistanceCaseDto>($"/api/v1/assistance-cases/{c.Id}/services",
            new { deliveredOn = on, providerId = await ProviderAsync(), pillar, costUsd = cost });

    private async Task<(AssistanceCaseDto Case, ReferralDto Referral)> ReferAsync()
    {
        var c = await OpenCaseAsync();
        var referred = await Va.PostAsync<AssistanceCaseDto>($"/api/v1/assistance-cases/{c.Id}/referrals",
            new { providerId = await ProviderAsync(), pillar = "EconomicInclusion", referredOn = "2024-02-21" });
        return (c, Assert.Single(referred.Referrals));
    }

    private Task<HttpResponseMessage> MoveAsync(AssistanceCaseDto c, ReferralDto referral, string status) =>
        Va.PostAsJsonAsync($"/api/v1/assistance-cases/{c.Id}/referrals/{referral.Id}/status", new { status });

    private Task<HttpResponseMessage> CloseAsync(AssistanceCaseDto c, object body) => Va.PostAsJsonAsync($"/api/v1/assistance-cases/{c.Id}/close", body);

    private async Task<IReadOnlyList<ListAssistanceCases.Row>> RegisterAsync(string filter) =>
        (await Va.GetAsync<PagedResult<ListAssistanceCases.Row>>($"/api/v1/assistance-cases?{filter}&pageSize=500")).Items;

    private Task<List<OverdueFollowUps.Row>> OverdueAsync() => Va.GetAsync<List<OverdueFollowUps.Row>>("/api/v1/assistance-cases/overdue");

    [Fact]
    public async Task Health_and_rehabilitation_organisations_provide_services_and_a_funder_does_not()
    {
        var health = (await Va.GetAsync<PagedResult<OrganisationDto>>("/api/v1/organisations?sector=HealthAndRehabilitation&pageSize=100")).Items;
        Assert.Superset(new HashSet<string>(["NPRC", "KPH", "HI"]), health.Select(o => o.Acronym).ToHashSet());
        Assert.All(health, o => Assert.Equal(OrganisationSector.HealthAndRehabilitation, o.Sector));
        var c = await OpenCaseAsync();
        var served = await Va.PostAsync<AssistanceCaseDto>($"/api/v1/assistance-cases/{c.Id}/services",
            new { deliveredOn = "2024-02-20", providerId = health.Single(o => o.Acronym == "NPRC").Id, pillar = "Rehabilitation", costUsd = 300m });
        Assert.Equal("NPRC", Assert.Single(served.Services).Provider);

        var funder = (await Va.GetAsync<PagedResult<OrganisationDto>>("/api/v1/organisations?sector=Funding&pageSize=100")).Items.Single(o => o.Acronym == "GoJ");
        var refused = await (await Va.PostAsJsonAsync($"/api/v1/assistance-cases/{c.Id}/services",
            new { deliveredOn = "2024-02-21", providerId = funder.Id, pillar = "Medical", costUsd = 10m })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("funder", refused["errors"]!["providerId"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        var referral = await (await Va.PostAsJsonAsync($"/api/v1/assistance-cases/{c.Id}/referrals",
            new { providerId = funder.Id, pillar = "Medical", referredOn = "2024-02-21" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(referral["errors"]!["providerId"]);
        Assert.Single((await Va.GetAsync<AssistanceCaseDto>($"/api/v1/assistance-cases/{c.Id}")).Services);
    }

    [Fact]
    public async Task The_case_register_finds_a_victim_by_a_part_of_the_name_or_by_code()
    {
        var accident = await _v.AccidentAsync(killed: 0, injured: 1, occurredOn: "2024-04-02", device: "AntiPersonnelMine", activity: "Farming");
        var victim = await _v.CasualtyAsync(accident, new
        {
            sex = "Female", ageGroup = "Age18To59", outcome = "Injured", personalData = new { fullName = "Chenda Vannak Register" },
        });
        var opened = await _v.OpenCaseAsync(new { casualtyId = victim.Id, needs = new[] { "Medical" }, openedOn = "2024-04-05" });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        await OpenCaseAsync(); // another victim's case, not found by this name

        Assert.Equal(victim.VictimCode, Assert.Single(await RegisterAsync("search=vannak reg")).VictimCode);
        Assert.Equal(victim.VictimCode, Assert.Single(await RegisterAsync($"search={victim.VictimCode.ToLowerInvariant()}")).VictimCode);
        Assert.Empty(await RegisterAsync("search=Nobody%20Here"));
        await (await Va.GetAsync("/api/v1/assistance-cases?search=x")).FieldErrorAsync("search");
    }

    [Fact]
    public async Task A_casualty_has_one_open_case()
    {
        var c = await OpenCaseAsync();
        await (await _v.OpenCaseAsync(new { casualtyId = c.CasualtyId, openedOn = "2024-02-11" })).FieldErrorAsync("casualtyId");
    }

    [Fact]
    public async Task A_service_makes_the_case_active()
    {
        var served = await ServeAsync(await OpenCaseAsync());
        Assert.Equal(CaseStatus.Active, served.Status);
        Assert.Equal(Pillar.Rehabilitation, Assert.Single(served.Services).Pillar);
    }

    [Fact]
    public async Task A_referral_moves_through_acceptance_before_completion()
    {
        var (c, referral) = await ReferAsync();
        Assert.Equal("ILLEGAL_TRANSITION", await (await MoveAsync(c, referral, "Completed")).RuleAsync());
        await (await MoveAsync(c, referral, "Accepted")).ReadAsync<AssistanceCaseDto>();
        var completed = await (await MoveAsync(c, referral, "Completed")).ReadAsync<AssistanceCaseDto>();
        Assert.Equal(ReferralStatus.Completed, Assert.Single(completed.Referrals).Status);
    }

    [Fact]
    public async Task The_register_filters_by_status_and_need_and_shows_the_victim_code()
    {
        var c = await ServeAsync(await OpenCaseAsync());
        var row = (await RegisterAsync("status=Active&need=Rehabilitation")).Single(r => r.Id == c.Id);
        Assert.StartsWith("V-", row.VictimCode);
        Assert.Equal(1, row.ServicesDelivered);
        Assert.DoesNotContain(await RegisterAsync("need=Psychosocial"), r => r.Id == c.Id);
        Assert.DoesNotContain(await RegisterAsync("status=Closed"), r => r.Id == c.Id);
    }

    [Fact]
    public async Task The_register_refuses_an_empty_page()
    {
        await (await Va.GetAsync("/api/v1/assistance-cases?pageSize=0")).FieldErrorAsync("pageSize");
    }

    [Fact]
    public async Task A_case_past_its_follow_up_date_is_overdue()
    {
        var c = await OpenCaseAsync();
        var overdue = (await OverdueAsync()).Single(o => o.CaseId == c.Id);
        Assert.Equal(new DateOnly(2024, 3, 1), overdue.NextFollowUpOn);
        Assert.True(overdue.DaysOverdue > 0);
    }

    [Fact]
    public async Task Closing_a_case_needs_a_reason()
    {
        var c = await OpenCaseAsync();
        Assert.Equal("REASON_REQUIRED", await (await CloseAsync(c, new { closedOn = "2024-04-01" })).RuleAsync());
    }

    [Fact]
    public async Task A_closed_case_is_no_longer_overdue()
    {
        var c = await OpenCaseAsync();
        var closed = await CloseAsync(c, new { closedOn = "2024-04-01", reason = "Prosthesis fitted; livelihood grant received" }).ReadAsync<AssistanceCaseDto>();
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal("Prosthesis fitted; livelihood grant received", closed.CloseReason);
        Assert.DoesNotContain(await OverdueAsync(), o => o.CaseId == c.Id);
    }

    [Fact]
    public async Task A_deceased_casualty_has_a_case_only_for_a_family_member()
    {
        var (_, killed) = await CasualtiesAsync();
        Assert.Equal("CASE_FOR_DECEASED", await (await _v.OpenCaseAsync(new { casualtyId = killed.Id, openedOn = "2024-02-10" })).RuleAsync());
        var family = await _v.OpenCaseAsync(new { casualtyId = killed.Id, relationship = "daughter", needs = new[] { "Education" }, openedOn = "2024-02-10" })
            .ReadAsync<AssistanceCaseDto>();
        Assert.Equal("daughter", family.Relationship);
    }

    [Fact]
    public async Task Other_roles_cannot_read_a_case()
    {
        var c = await OpenCaseAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientFor(Roles.InformationManager).GetAsync($"/api/v1/assistance-cases/{c.Id}")).StatusCode);
    }

    /// <summary>A case opened in 2023 served three times in March 2024: Medical 100 + 50, Psychosocial 20.</summary>
    private Task<AssistanceCaseDto> ServedIn2024Async() => app.OnceAsync("served-2024", async () =>
    {
        var (survivor, _) = await CasualtiesAsync();
        var c = await _v.OpenCaseAsync(new { casualtyId = survivor.Id, openedOn = "2023-01-10" }).ReadAsync<AssistanceCaseDto>();
        foreach (var (pillar, cost) in new[] { ("Medical", 100m), ("Medical", 50m), ("Psychosocial", 20m) })
        {
            c = await ServeAsync(c, pillar, cost, "2024-03-01");
        }

        return c;
    });

    [Fact]
    public async Task Services_are_counted_by_pillar_and_sex()
    {
        await ServedIn2024Async();
        var rows = await app.ClientFor(Roles.DonorReporting).GetAsync<List<AssistanceStatistics.Row>>("/api/v1/assistance-cases/statistics?year=2024");
        var medical = rows.Single(r => r.Pillar == Pillar.Medical && r.Sex == Sex.Female);
        Assert.Equal(2, medical.Services);
        Assert.Equal(150m, medical.CostUsd);
    }

    [Fact]
    public async Task Service_statistics_export_as_hxl_tagged_csv()
    {
        await ServedIn2024Async();
        var csv = await app.ClientFor(Roles.DonorReporting).GetStringAsync("/api/v1/assistance-cases/statistics.csv?year=2024");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("#date +year,#sector +pillar,#meta +sex,#output +num +services,#value +cost +usd", lines[1]);
        Assert.Contains("2024,Medical,Female,2,150.00", lines);
        Assert.Contains("2024,Psychosocial,Female,1,20.00", lines);
    }
}
