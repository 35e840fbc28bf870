
namespace MineAction.Api.Tests.Operations;

/// <summary>Only an organisation accredited for the activity, on the issue date, in the province can be tasked.</summary>
public sealed class TaskingTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private static int _number;
    private readonly Ledger _l = new(app);
    private HttpClient Im => _l.Im;

    private static string Today => TestDates.Today();

    private async Task<JsonObject> AccreditAsync(Guid organisation, string activity, string issuedOn, string expiresOn, params Guid[] provinces)
    {
        var response = await Im.PostAsJsonAsync("/api/v1/accreditations", new
        {
            organisationId = organisation, activity, number = $"NMAA/ACC/{Interlocked.Increment(ref _number):0000}", issuedOn, expiresOn,
            provinceIds = provinces,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    private async Task<Guid> TaskAsync(Guid organisation, string activity, Guid hazard, string priority = "High")
    {
        var response = await Im.PostAsJsonAsync("/api/v1/tasks", new { organisationId = organisation, activity, hazardousAreaIds = new[] { hazard }, priority });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync())["id"]!.GetValue<Guid>();
    }

    private Task<HttpResponseMessage> StepAsync(Guid task, string step, string date, string? reason = null, HttpClient? client = null) =>
        (client ?? Im).PostAsJsonAsync($"/api/v1/tasks/{task}/status", new { step, date, reason });

    private static async Task<string> RuleAsync(HttpResponseMessage response) =>
        (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity))["code"]!.GetValue<string>();

    [Fact]
    public async Task Tasking_needs_a_valid_accreditation_for_the_activity_date_and_province()
    {
        var t = await Tarsenia.LoadAsync(app);
        var (kandaraHazard, _, _, _) = await _l.HazardAsync(t.Kandara);
        var cman = (await (await Im.GetAsync("/api/v1/organisations?search=CMAN")).JsonAsync())["items"]![0]!["id"]!.GetValue<Guid>();

        // No accreditation at all.
        Assert.Equal("ACCREDITATION_REQUIRED", await RuleAsync(await StepAsync(await TaskAsync(cman, "Clearance", kandaraHazard), "Issue", "2024-03-01")));

        // Wrong activity, expired on the issue date, and another province only.
        await AccreditAsync(cman, "TS", "2020-01-01", "2099-01-01");
        await AccreditAsync(cman, "Clearance", "2020-01-01", "2023-12-31");
        await AccreditAsync(cman, "Clearance", "2020-01-01", "2099-01-01", t.Mekhol);
        Assert.Equal("ACCREDITATION_REQUIRED", await RuleAsync(await StepAsync(await TaskAsync(cman, "Clearance", kandaraHazard), "Issue", "2024-03-01")));

        // Suspended does not count; reinstated it does.
        var kandara = await AccreditAsync(cman, "Clearance", "2024-01-01", "2099-01-01", t.Kandara);
        var suspended = await Im.PostAsJsonAsync($"/api/v1/accreditations/{kandara["id"]}/status", new { status = "Suspended", reason = "Critical QA finding" });
        Assert.Equal("Suspended", (await suspended.JsonAsync())["status"]!.GetValue<string>());
        var task = await TaskAsync(cman, "Clearance", kandaraHazard);
        Assert.Equal("ACCREDITATION_REQUIRED", await RuleAsync(await StepAsync(task, "Issue", "2024-03-01")));
        await Im.PostAsJsonAsync($"/api/v1/accreditations/{kandara["id"]}/status", new { status = "Active" });

        var issued = await StepAsync(task, "Issue", "2024-03-01");
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Equal("Issued", (await issued.JsonAsync())["status"]!.GetValue<string>());
        await (await Im.PostAsJsonAsync($"/api/v1/accreditations/{kandara["id"]}/status", new { status = "Withdrawn" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_task_moves_through_its_workflow_and_its_activities_show_progress()
    {
        var t = await Tarsenia.LoadAsync(app);
        var (hazard, lon, lat, area) = await _l.HazardAsync(t.Kandara);
        await AccreditAsync(t.Halo, "Clearance", "2020-01-01", "2099-01-01");
        var task = await TaskAsync(t.Halo, "Clearance", hazard);

        Assert.Equal("ILLEGAL_TRANSITION", await RuleAsync(await StepAsync(task, "Accept", "2024-03-01")));
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(task, "Issue", "2024-03-01")).StatusCode);
        Assert.Equal("DATE_ORDER", await RuleAsync(await StepAsync(task, "Accept", "2024-02-01", client: _l.Operator)));
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(task, "Accept", "2024-03-02", client: _l.Operator)).StatusCode);

        var planned = await Im.PostAsJsonAsync("/api/v1/activities", new { hazardousAreaId = hazard, organisationId = t.Halo, type = "TS", taskId = task });
        Assert.Equal("TASK_MISMATCH", await RuleAsync(planned));
        var activity = await (await Im.PostAsJsonAsync("/api/v1/activities", new { hazardousAreaId = hazard, organisationId = t.Halo, type = "Clearance", taskId = task })).JsonAsync();
        await Im.PostAsJsonAsync($"/api/v1/activities/{activity["id"]}/status", new { status = "InProgress", date = "2024-03-05" });
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(task, "Start", "2024-03-05", client: _l.Operator)).StatusCode);
        await _l.ReleaseAsync(activity, Ledger.Rectangle(lon, lat, lon + 0.005, lat + 0.01), date: "2024-04-01");

        var progress = await (await Im.GetAsync($"/api/v1/tasks/{task}")).JsonAsync();
        Assert.Equal("InProgress", progress["status"]!.GetValue<string>());
        Assert.Equal(area, progress["taskedAreaM2"]!.GetValue<double>(), 3);
        Assert.InRange(progress["progress"]!.GetValue<double>(), 0.49, 0.51);
        Assert.Equal(hazard, Assert.Single(progress["hazards"]!.AsArray())!["id"]!.GetValue<Guid>());

        Assert.Equal(HttpStatusCode.OK, (await StepAsync(task, "Complete", "2024-05-01", client: _l.Operator)).StatusCode);
        Assert.Equal("ILLEGAL_TRANSITION", await RuleAsync(await StepAsync(task, "Cancel", "2024-05-02", "too late")));
        var cancelByOperator = await StepAsync(task, "Cancel", "2024-05-02", "no", client: _l.Operator);
        Assert.Equal(HttpStatusCode.Forbidden, cancelByOperator.StatusCode);

        var other = await TaskAsync(t.Halo, "Clearance", hazard);
        var notAccepted = await Im.PostAsJsonAsync("/api/v1/activities", new { hazardousAreaId = hazard, organisationId = t.Halo, type = "Clearance", taskId = other });
        Assert.Equal("TASK_NOT_ACCEPTED", await RuleAsync(notAccepted));
        await (await StepAsync(other, "Cancel", Today)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(other, "Cancel", Today, "Area handed to another operator")).StatusCode);

        // A project paying for the task counts its activity's land once, linked through the task and directly alike.
        var funding = new Funding(app);
        var project = (await funding.ProjectAsync())["id"]!.GetValue<Guid>();
        await funding.Donor.PostAsJsonAsync($"/api/v1/projects/{project}/links", new { kind = "Task", targetId = task });
        var both = await funding.Donor.PostAsJsonAsync($"/api/v1/projects/{project}/links", new { kind = "Activity", targetId = activity["id"] });
        var cleared = (await both.JsonAsync())["outputs"]!["clearedM2"]!.GetValue<double>();
        Assert.Equal(area / 2, cleared, 0);
    }

    [Fact]
    public async Task Accidents_linked_to_or_inside_a_hazard_raise_the_priority_of_new_tasks()
    {
        var t = await Tarsenia.LoadAsync(app);
        var (hazard, lon, lat, _) = await _l.HazardAsync();
        var before = await ScoreAsync(await TaskAsync(t.Tdo, "NTS", hazard));
        foreach (var (link, offset) in new (Guid?, double)[] { (hazard, 0.05), (null, 0.005) })
        {
            var accident = await Im.PostAsJsonAsync("/api/v1/accidents", new
            {
                occurredOn = "2024-02-01", location = new { type = "Point", coordinates = new[] { lon + offset, lat + 0.005 } }, provinceId = t.Kandara,
                hazardousAreaId = link, deviceCategory = "AntiPersonnelMine", activityAtTime = "Farming", killed = 0, injured = 1,
            });
            Assert.Equal(HttpStatusCode.Created, accident.StatusCode);
        }

        var after = await ScoreAsync(await TaskAsync(t.Tdo, "NTS", hazard));
        Assert.Equal(before + 10, after, 2);
    }

    private async Task<double> ScoreAsync(Guid task) => (await (await Im.GetAsync($"/api/v1/tasks/{task}")).JsonAsync())["priorityScore"]!.GetValue<double>();

    [Fact]
    public async Task Accreditations_expiring_soon_are_listed_and_tasks_rank_by_priority_score()
    {
        var t = await Tarsenia.LoadAsync(app);
        var soon = await AccreditAsync(t.Tdo, "EORE", "2024-01-01", TestDates.Today(30));
        var later = await AccreditAsync(t.Tdo, "VA", "2024-01-01", TestDates.Today(90));
        var expiring = (await Im.GetFromJsonAsync<JsonArray>("/api/v1/accreditations?expiringWithinDays=60"))!.Select(a => a!["id"]!.GetValue<Guid>()).ToList();
        Assert.Contains(soon["id"]!.GetValue<Guid>(), expiring);
        Assert.DoesNotContain(later["id"]!.GetValue<Guid>(), expiring);

        var (plain, _, _, _) = await _l.HazardAsync(t.Mekhol);
        var (lon, lat) = Ledger.NextCell();
        var busy = await (await Im.PostAsJsonAsync("/api/v1/hazardous-areas", new
        {
            name = "School road and fields", geometry = Tarsenia.Square(lon, lat), provinceId = t.Mekhol, recordingOrganisationId = t.Tdo,
            evidence = "Direct", recordedOn = "2022-01-01", landUseBlocked = new[] { "Agriculture", "Education", "Roads" },
            directBeneficiaries = new { girls = 120, boys = 130, women = 200, men = 180 },
        })).JsonAsync();
        var low = await TaskAsync(t.Tdo, "NTS", plain, "Low");
        var high = await TaskAsync(t.Tdo, "NTS", busy["summary"]!["id"]!.GetValue<Guid>(), "High");

        var list = (await (await Im.GetAsync($"/api/v1/tasks?provinceId={t.Mekhol}&status=Draft")).JsonAsync())["items"]!.AsArray();
        Assert.Equal([high, low], list.Select(x => x!["id"]!.GetValue<Guid>()).Where(id => id == high || id == low));
        Assert.True(list.Single(x => x!["id"]!.GetValue<Guid>() == high)!["priorityScore"]!.GetValue<double>() > 10);

        await (await Im.PostAsJsonAsync("/api/v1/tasks", new { organisationId = t.Tdo, activity = "NTS", hazardousAreaIds = Array.Empty<Guid>(), priority = "Low" }))
            .FieldErrorAsync("hazardousAreaIds");
        await (await Im.PostAsJsonAsync("/api/v1/accreditations", new { organisationId = t.Tdo, activity = "NTS", number = "X", issuedOn = "2024-01-01", expiresOn = "2023-01-01" }))
            .FieldErrorAsync("expiresOn");
        var operatorTasks = (await (await app.ClientForUser("operator.tdo@tarsenia.example").GetAsync("/api/v1/tasks")).JsonAsync())["items"]!.AsArray();
        Assert.All(operatorTasks, x => Assert.Equal(t.Tdo, x!["organisationId"]!.GetValue<Guid>()));
        Assert.Empty((await (await app.ClientFor(Roles.OperatorDataEntry).GetAsync($"/api/v1/tasks?organisationId={t.Tdo}")).JsonAsync())["items"]!.AsArray());
    }
}
