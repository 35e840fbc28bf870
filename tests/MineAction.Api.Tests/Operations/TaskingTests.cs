using MineAction.Application.LandRelease;
using MineAction.Application.Operations;
using MineAction.Application.Resources;
using MineAction.Domain.LandRelease;
using MineAction.Domain.Operations;

namespace MineAction.Api.Tests.Operations;

/// <summary>Only an organisation accredited for the activity, on the issue date, in the province can be tasked; a task moves through its steps.</summary>
public sealed class TaskingTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private static int _number;
    private readonly Ledger _l = new(app);
    private readonly Scenario _s = new(app);
    private HttpClient Im => _l.Im;

    private async Task<AccreditationDto> AccreditAsync(Guid organisation, string activity, string issuedOn, string expiresOn, params Guid[] provinces) =>
        await Im.PostAsync<AccreditationDto>("/api/v1/accreditations", new
        {
            organisationId = organisation, activity, number = $"NMAA/ACC/{Interlocked.Increment(ref _number):0000}", issuedOn, expiresOn,
            provinceIds = provinces,
        });

    private async Task<Guid> TaskAsync(Guid organisation, string activity, Guid hazard, string priority = "High") =>
        (await Im.PostAsync<TaskDto>("/api/v1/tasks", new { organisationId = organisation, activity, hazardousAreaIds = new[] { hazard }, priority })).Id;

    private Task<HttpResponseMessage> StepAsync(Guid task, string step, string date, string? reason = null, HttpClient? client = null) =>
        (client ?? Im).PostAsJsonAsync($"/api/v1/tasks/{task}/status", new { step, date, reason });

    private Task<HttpResponseMessage> ActivityForTaskAsync(Guid hazard, Guid organisation, string type, Guid task) =>
        Im.PostAsJsonAsync("/api/v1/activities", new { hazardousAreaId = hazard, organisationId = organisation, type, taskId = task });

    /// <summary>A clearance task issued to HALO (accredited nationwide) and accepted by its operator on 2 March 2024.</summary>
    private async Task<(Guid Task, Guid Hazard, double Lon, double Lat, double Area)> AcceptedTaskAsync()
    {
        var t = await Tarsenia.LoadAsync(app);
        var (hazard, lon, lat, area) = await _l.HazardAsync(t.Kandara);
        await AccreditAsync(t.Halo, "Clearance", "2020-01-01", "2099-01-01");
        var task = await TaskAsync(t.Halo, "Clearance", hazard);
        await StepAsync(task, "Issue", "2024-03-01").ReadAsync<TaskDto>();
        await StepAsync(task, "Accept", "2024-03-02", client: _l.Operator).ReadAsync<TaskDto>();
        return (task, hazard, lon, lat, area);
    }

    /// <summary>The accepted task started, with its activity having cleared the western half of the hazard.</summary>
    private async Task<(Guid Task, ActivityDto Activity, double Area)> HalfDoneTaskAsync()
    {
        var t = await Tarsenia.LoadAsync(app);
        var (task, hazard, lon, lat, area) = await AcceptedTaskAsync();
        var activity = await ActivityForTaskAsync(hazard, t.Halo, "Clearance", task).ReadAsync<ActivityDto>();
        await Im.PostAsJsonAsync($"/api/v1/activities/{activity.Id}/status", new { status = "InProgress", date = "2024-03-05" }).ReadAsync<ActivityDto>();
        await StepAsync(task, "Start", "2024-03-05", client: _l.Operator).ReadAsync<TaskDto>();
        await _l.ReleaseOkAsync(activity, Ledger.Rectangle(lon, lat, lon + 0.005, lat + 0.01), date: "2024-04-01");
        return (task, activity, area);
    }

    [Fact]
    public async Task An_organisation_without_accreditation_is_not_tasked()
    {
        var t = await Tarsenia.LoadAsync(app);
        var (hazard, _, _, _) = await _l.HazardAsync(t.Kandara);
        var cman = await _s.OrganisationIdAsync("CMAN");
        Assert.Equal("ACCREDITATION_REQUIRED", await (await StepAsync(await TaskAsync(cman, "Clearance", hazard), "Issue", "2024-03-01")).RuleAsync());
    }

    [Fact]
    public async Task Work_without_a_task_still_needs_an_accreditation_to_start()
    {
        var t = await Tarsenia.LoadAsync(app);
        var (hazard, _, _, _) = await _l.HazardAsync(t.Kandara);
        var cman = await _s.OrganisationIdAsync("CMAN");
        var activity = await Im.PostAsync<ActivityDto>("/api/v1/activities", new { hazardousAreaId = hazard, organisationId = cman, type = "TS" });
        var start = new { status = "InProgress", date = "2024-03-05" };
        Assert.Equal("ACCREDITATION_REQUIRED", await (await Im.PostAsJsonAsync($"/api/v1/activities/{activity.Id}/status", start)).RuleAsync());
        Assert.Equal(ActivityStatus.Planned, (await Im.GetAsync<ActivityDto>($"/api/v1/activities/{activity.Id}")).Status);

        await AccreditAsync(cman, "TS", "2024-01-01", "2099-01-01", t.Mekhol);
        Assert.Equal("ACCREDITATION_REQUIRED", await (await Im.PostAsJsonAsync($"/api/v1/activities/{activity.Id}/status", start)).RuleAsync());
        await AccreditAsync(cman, "TS", "2024-01-01", "2099-01-01", t.Kandara);
        Assert.Equal(ActivityStatus.InProgress, (await Im.PostAsJsonAsync($"/api/v1/activities/{activity.Id}/status", start).ReadAsync<ActivityDto>()).Status);
    }

    [Fact]
    public async Task Another_activity_an_expired_accreditation_or_another_province_do_not_count()
    {
        var t = await Tarsenia.LoadAsync(app);
        var (hazard, _, _, _) = await _l.HazardAsync(t.Kandara);
        var cman = await _s.OrganisationIdAsync("CMAN");
        await AccreditAsync(cman, "TS", "2020-01-01", "2099-01-01");
        await AccreditAsync(cman, "Clearance", "2020-01-01", "2023-12-31");
        await AccreditAsync(cman, "Clearance", "2020-01-01", "2099-01-01", t.Mekhol);
        Assert.Equal("ACCREDITATION_REQUIRED", await (await StepAsync(await TaskAsync(cman, "Clearance", hazard), "Issue", "2024-03-01")).RuleAsync());
    }

    [Fact]
    public async Task A_suspended_accreditation_does_not_count_until_reinstated()
    {
        var t = await Tarsenia.LoadAsync(app);
        var (hazard, _, _, _) = await _l.HazardAsync(t.Kandara);
        var organisation = await _s.OrganisationIdAsync("TCS");
        var accreditation = await AccreditAsync(organisation, "Clearance", "2024-01-01", "2099-01-01", t.Kandara);
        var suspended = await Im.PostAsJsonAsync($"/api/v1/accreditations/{accreditation.Id}/status", new { status = "Suspended", reason = "Critical QA finding" })
            .ReadAsync<AccreditationDto>();
        Assert.Equal(AccreditationStatus.Suspended, suspended.Status);
        var task = await TaskAsync(organisation, "Clearance", hazard);
        Assert.Equal("ACCREDITATION_REQUIRED", await (await StepAsync(task, "Issue", "2024-03-01")).RuleAsync());

        await Im.PostAsJsonAsync($"/api/v1/accreditations/{accreditation.Id}/status", new { status = "Active" }).ReadAsync<AccreditationDto>();
        Assert.Equal(TaskOrderStatus.Issued, (await StepAsync(task, "Issue", "2024-03-01").ReadAsync<TaskDto>()).Status);
    }

    [Fact]
    public async Task An_active_accreditation_cannot_be_withdrawn_without_a_reason()
    {
        var t = await Tarsenia.LoadAsync(app);
        var accreditation = await AccreditAsync(t.Tdo, "EOD", "2024-01-01", "2099-01-01");
        await (await Im.PostAsJsonAsync($"/api/v1/accreditations/{accreditation.Id}/status", new { status = "Withdrawn" }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_task_is_accepted_only_once_issued_and_not_before_its_issue_date()
    {
        var t = await Tarsenia.LoadAsync(app);
        var (hazard, _, _, _) = await _l.HazardAsync(t.Kandara);
        await AccreditAsync(t.Halo, "Clearance", "2020-01-01", "2099-01-01");
        var task = await TaskAsync(t.Halo, "Clearance", hazard);
        Assert.Equal("ILLEGAL_TRANSITION", await (await StepAsync(task, "Accept", "2024-03-01")).RuleAsync());
        await StepAsync(task, "Issue", "2024-03-01").ReadAsync<TaskDto>();
        Assert.Equal("DATE_ORDER", await (await StepAsync(task, "Accept", "2024-02-01", client: _l.Operator)).RuleAsync());
    }

    [Fact]
    public async Task An_activity_carries_out_a_task_only_for_its_activity_type()
    {
        var t = await Tarsenia.LoadAsync(app);
        var (task, hazard, _, _, _) = await AcceptedTaskAsync();
        Assert.Equal("TASK_MISMATCH", await (await ActivityForTaskAsync(hazard, t.Halo, "TS", task)).RuleAsync());
    }

    [Fact]
    public async Task A_task_shows_the_progress_of_its_activities()
    {
        var (task, _, area) = await HalfDoneTaskAsync();
        var progress = await Im.GetAsync<TaskDto>($"/api/v1/tasks/{task}");
        Assert.Equal(TaskOrderStatus.InProgress, progress.Status);
        Assert.Equal(area, progress.TaskedAreaM2, 3);
        Assert.InRange(progress.Progress, 0.49, 0.51);
        Assert.Single(progress.Hazards);
    }

    [Fact]
    public async Task A_completed_task_cannot_be_cancelled()
    {
        var (task, _, _) = await HalfDoneTaskAsync();
        await StepAsync(task, "Complete", "2024-05-01", client: _l.Operator).ReadAsync<TaskDto>();
        Assert.Equal("ILLEGAL_TRANSITION", await (await StepAsync(task, "Cancel", "2024-05-02", "too late")).RuleAsync());
    }

    [Fact]
    public async Task Only_the_nmaa_cancels_a_task()
    {
        var (task, _, _, _, _) = await AcceptedTaskAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(task, "Cancel", "2024-05-02", "no", client: _l.Operator)).StatusCode);
    }

    [Fact]
    public async Task Work_starts_only_on_an_accepted_task()
    {
        var t = await Tarsenia.LoadAsync(app);
        var (hazard, _, _, _) = await _l.HazardAsync(t.Kandara);
        var draft = await TaskAsync(t.Halo, "Clearance", hazard);
        Assert.Equal("TASK_NOT_ACCEPTED", await (await ActivityForTaskAsync(hazard, t.Halo, "Clearance", draft)).RuleAsync());
    }

    [Fact]
    public async Task A_task_is_cancelled_with_a_reason()
    {
        var t = await Tarsenia.LoadAsync(app);
        var task = await TaskAsync(t.Halo, "Clearance", (await _l.HazardAsync(t.Kandara)).Id);
        await (await StepAsync(task, "Cancel", TestDates.Today())).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(TaskOrderStatus.Cancelled,
            (await StepAsync(task, "Cancel", TestDates.Today(), "Area handed to another operator").ReadAsync<TaskDto>()).Status);
    }

    [Fact]
    public async Task A_project_counts_a_tasks_land_once_when_linked_through_the_task_and_directly()
    {
        var (task, activity, area) = await HalfDoneTaskAsync();
        var funding = new Funding(app);
        var project = (await funding.ProjectAsync()).Id;
        await funding.Donor.PostAsJsonAsync($"/api/v1/projects/{project}/links", new { kind = "Task", targetId = task }).ReadAsync<ProjectDto>();
        var both = await funding.Donor.PostAsJsonAsync($"/api/v1/projects/{project}/links", new { kind = "Activity", targetId = activity.Id })
            .ReadAsync<ProjectDto>();
        Assert.Equal(area / 2, both.Outputs.ClearedM2, tolerance: 0.5);
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

        Assert.Equal(before + 10, await ScoreAsync(await TaskAsync(t.Tdo, "NTS", hazard)), 2);
    }

    private async Task<double> ScoreAsync(Guid task) => (await Im.GetAsync<TaskDto>($"/api/v1/tasks/{task}")).PriorityScore;

    [Fact]
    public async Task Accreditations_expiring_soon_are_listed()
    {
        var t = await Tarsenia.LoadAsync(app);
        var soon = await AccreditAsync(t.Tdo, "EORE", "2024-01-01", TestDates.Today(30));
        var later = await AccreditAsync(t.Tdo, "VA", "2024-01-01", TestDates.Today(90));
        var expiring = (await Im.GetAsync<List<AccreditationDto>>("/api/v1/accreditations?expiringWithinDays=60")).Select(a => a.Id).ToList();
        Assert.Contains(soon.Id, expiring);
        Assert.DoesNotContain(later.Id, expiring);
    }

    [Fact]
    public async Task Tasks_rank_by_the_priority_score_of_their_hazards()
    {
        var t = await Tarsenia.LoadAsync(app);
        var (plain, _, _, _) = await _l.HazardAsync(t.Mekhol);
        var (lon, lat) = t.Cell(t.Mekhol);
        var busy = await Im.PostAsync<Application.Hazards.HazardDetailDto>("/api/v1/hazardous-areas", new
        {
            name = "School road and fields", geometry = Tarsenia.Square(lon, lat), provinceId = t.Mekhol, recordingOrganisationId = t.Tdo,
            evidence = "Direct", recordedOn = "2022-01-01", landUseBlocked = new[] { "Agriculture", "Education", "Roads" },
            directBeneficiaries = new { girls = 120, boys = 130, women = 200, men = 180 },
        });
        var low = await TaskAsync(t.Tdo, "NTS", plain, "Low");
        var high = await TaskAsync(t.Tdo, "NTS", busy.Summary.Id, "High");

        var list = (await Im.GetAsync<PagedResult<TaskDto>>($"/api/v1/tasks?provinceId={t.Mekhol}&status=Draft")).Items;
        Assert.Equal([high, low], list.Select(x => x.Id).Where(id => id == high || id == low));
        Assert.True(list.Single(x => x.Id == high).PriorityScore > 10);
    }

    [Fact]
    public async Task A_task_needs_hazards_and_an_accreditation_a_period()
    {
        var t = await Tarsenia.LoadAsync(app);
        await (await Im.PostAsJsonAsync("/api/v1/tasks", new { organisationId = t.Tdo, activity = "NTS", hazardousAreaIds = Array.Empty<Guid>(), priority = "Low" }))
            .FieldErrorAsync("hazardousAreaIds");
        await (await Im.PostAsJsonAsync("/api/v1/accreditations", new { organisationId = t.Tdo, activity = "NTS", number = "X", issuedOn = "2024-01-01", expiresOn = "2023-01-01" }))
            .FieldErrorAsync("expiresOn");
    }

    [Fact]
    public async Task Operators_see_their_own_organisations_tasks_only()
    {
        var t = await Tarsenia.LoadAsync(app);
        await TaskAsync(t.Tdo, "NTS", (await _l.HazardAsync(t.Mekhol)).Id);
        var tdoTasks = (await app.ClientForUser("operator.tdo@tarsenia.example").GetAsync<PagedResult<TaskDto>>("/api/v1/tasks")).Items;
        Assert.NotEmpty(tdoTasks);
        Assert.All(tdoTasks, x => Assert.Equal(t.Tdo, x.OrganisationId));
        Assert.Empty((await app.ClientFor(Roles.OperatorDataEntry).GetAsync<PagedResult<TaskDto>>($"/api/v1/tasks?organisationId={t.Tdo}")).Items);
    }
}
