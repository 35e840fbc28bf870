using MineAction.Application.LandRelease;
using MineAction.Application.Operations;
using MineAction.Application.People;
using MineAction.Application.Quality;
using MineAction.Application.Resources;
using MineAction.Application.Tokens;
using MineAction.Application.Users;

using MineAction.Api.Tests.Platform;

namespace MineAction.Api.Tests.Security;

/// <summary>Every endpoint × every role (and no sign-in): who gets through, who gets 401 or 403.</summary>
[Trait("Category", "RoleMatrix")]
public sealed class RoleMatrixTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private const string Anonymous = "Anonymous";
    private static readonly string[] Everyone = Roles.All;
    private static readonly string[] Reviewers = Roles.Reviewers;
    private static readonly string[] Admins = [Roles.Administrator];
    private static readonly string[] DataEntry = Roles.DataEntry;
    private static readonly string[] Importers = Roles.Importers;

    private readonly Scenario _s = new(app);
    private readonly Ledger _l = new(app);
    private readonly Funding _f = new(app);
    private readonly Stockpile _k = new(app);

    private static string FreshRateDate() => TestDates.Iso(new DateOnly(2000, 1, 1).AddDays(Scenario.Next()));

    private async Task<Guid> ProjectContributionAsync()
    {
        var project = (await _f.ProjectAsync()).Id;
        var contribution = await _f.ContributionAsync(await _f.FundAsync(), project);
        await _f.RecordOkAsync(contribution, "IncomingFunds", 1_000m);
        return contribution;
    }

    private async Task<ActivityDto> ApprovedActivityAsync() => await _l.ActivityAsync((await _l.HazardAsync()).Id);

    private async Task<ActivityDto> OperatorActivityAsync() => await _l.ActivityAsync((await _l.HazardAsync()).Id, client: _l.Operator);

    /// <summary>A device HALO's operator reports on its approved activity while the work goes on: a submission of its own.</summary>
    private async Task<DeviceDto> LaterDeviceAsync() =>
        await _l.Operator.PostAsync<DeviceDto>($"/api/v1/activities/{(await ApprovedActivityAsync()).Id}/devices",
            new { category = "AntiPersonnelMine", quantity = 1, foundOn = "2024-02-01" });

    /// <summary>Land HALO's operator reports on its approved activity while the work goes on.</summary>
    private async Task<ProductDto> LaterProductAsync()
    {
        var (hazard, lon, lat, _) = await _l.HazardAsync();
        return await _l.ReleaseOkAsync(await _l.ActivityAsync(hazard), Ledger.Rectangle(lon, lat, lon + 0.002, lat + 0.002), client: _l.Operator);
    }

    private async Task<Guid> DraftTaskAsync()
    {
        var created = await _l.Im.PostAsync<TaskDto>("/api/v1/tasks", new
        {
            organisationId = await _s.OrganisationIdAsync("HALO"), activity = "Clearance", hazardousAreaIds = new[] { (await _l.HazardAsync()).Id },
            priority = "Medium",
        });
        return created.Id;
    }

    /// <summary>A task issued to HALO, which holds a nationwide clearance accreditation.</summary>
    private async Task<Guid> IssuedTaskAsync()
    {
        await _l.Im.PostAsJsonAsync("/api/v1/accreditations", new
        {
            organisationId = await _s.OrganisationIdAsync("HALO"), activity = "Clearance", number = $"ACC-{Scenario.Next()}",
            issuedOn = "2020-01-01", expiresOn = "2099-12-31",
        });
        var task = await DraftTaskAsync();
        var issued = await _l.Im.PostAsJsonAsync($"/api/v1/tasks/{task}/status", new { step = "Issue", date = "2024-01-01" });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        return task;
    }

    private async Task<object> VisitBodyAsync(string severity) => new
    {
        kind = "QA", activityId = (await ApprovedActivityAsync()).Id, inspectingOrganisationId = await _s.OrganisationIdAsync("TMAC"),
        visitedOn = "2024-02-01", findings = "Marking incomplete",
        nonConformities = new[] { new { severity, description = "Lane marking missing", correctiveAction = "Re-mark lanes", dueOn = "2024-02-15" } },
    };

    private async Task<object> AccidentBodyAsync() => new
    {
        occurredOn = "2024-05-01", location = new { type = "Point", coordinates = new[] { 100.2, 12.2 } },
        provinceId = (await Tarsenia.LoadAsync(app)).Kandara, deviceCategory = "AntiPersonnelMine", activityAtTime = "Farming", killed = 0, injured = 1,
    };

    private async Task<Guid> AccidentIdAsync() =>
        (await _l.Im.PostAsync<AccidentDto>("/api/v1/accidents", await AccidentBodyAsync())).Id;

    private async Task<object> EoreBodyAsync() => RequestBodies.EoreSession(await Tarsenia.LoadAsync(app), (await Tarsenia.LoadAsync(app)).Kandara, await _s.OrganisationIdAsync("HALO"));

    private async Task<Guid> OperatorEoreAsync() =>
        (await _l.Operator.PostAsync<EoreSessionDto>("/api/v1/eore-sessions", await EoreBodyAsync())).Id;

    private async Task<object> CaseBodyAsync()
    {
        var va = app.ClientFor(Roles.VictimAssistanceOfficer);
        var casualty = await va.PostAsync<CasualtyDto>($"/api/v1/accidents/{await AccidentIdAsync()}/casualties",
            new { sex = "Male", ageGroup = "Age18To59", outcome = "Injured" });
        return new { casualtyId = casualty.Id, needs = new[] { "Medical", "Rehabilitation" }, openedOn = "2024-05-10", nextFollowUpOn = "2024-06-10" };
    }

    private async Task<(Guid Case, Guid Referral)> ReferralAsync()
    {
        var caseId = await CaseIdAsync();
        var referred = await app.ClientFor(Roles.VictimAssistanceOfficer).PostAsync<AssistanceCaseDto>($"/api/v1/assistance-cases/{caseId}/referrals",
            new { providerId = await _s.OrganisationIdAsync("HI"), pillar = "Psychosocial", referredOn = "2024-06-01" });
        return (caseId, referred.Referrals[0].Id);
    }

    private async Task<Guid> CaseIdAsync() =>
        (await app.ClientFor(Roles.VictimAssistanceOfficer).PostAsync<AssistanceCaseDto>("/api/v1/assistance-cases", await CaseBodyAsync())).Id;

    private async Task<Guid> ReleasedHazardAsync()
    {
        var (hazard, lon, lat, _) = await _l.HazardAsync();
        Assert.Equal(HttpStatusCode.Created, (await _l.ReleaseAsync(await _l.ActivityAsync(hazard), Ledger.Rectangle(lon, lat, lon + 0.01, lat + 0.01))).StatusCode);
        return hazard;
    }

    private async Task<Guid> ClosedHazardAsync()
    {
        var hazard = await ReleasedHazardAsync();
        Assert.Equal(HttpStatusCode.OK, (await _l.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{hazard}/close", new { date = "2024-06-01" })).StatusCode);
        return hazard;
    }

    /// <summary>Endpoint name → (roles allowed, the call). The call arranges its own records first.</summary>
    private Dictionary<string, (string[] Allowed, Func<HttpClient, Task<HttpResponseMessage>> Call)> Endpoints() => new()
    {
        ["GET /api/v1/organisations/"] = (Everyone, c => c.GetAsync("/api/v1/organisations")),
        ["GET /api/v1/organisations/{id:guid}"] = (Everyone, async c => await c.GetAsync($"/api/v1/organisations/{await _s.OrganisationIdAsync("HALO")}")),
        ["POST /api/v1/organisations/"] = (Reviewers, c => c.PostAsJsonAsync("/api/v1/organisations",
            new { name = $"Matrix {Scenario.Next()}", acronym = $"MX{Scenario.Next()}", type = "NationalNgo", countryCode = "XTA" })),
        ["PUT /api/v1/organisations/{id:guid}"] = (Reviewers, async c =>
        {
            var org = await _s.NewOrganisationAsync();
            var current = await _s.Im.GetAsync($"/api/v1/organisations/{org.Id}");
            return await c.PutJsonAsync($"/api/v1/organisations/{org.Id}",
                new { name = "Renamed", acronym = org.Acronym, type = "NationalNgo", countryCode = "XTA" },
                current.Headers.ETag!.ToString());
        }),
        ["POST /api/v1/organisations/{id:guid}/archive"] = (Reviewers, async c =>
            await c.PostAsJsonAsync($"/api/v1/organisations/{(await _s.NewOrganisationAsync()).Id}/archive", new { reason = "matrix" })),
        ["GET /api/v1/hazardous-areas/"] = (Everyone, c => c.GetAsync("/api/v1/hazardous-areas")),
        ["GET /api/v1/hazardous-areas/{id:guid}"] = (Everyone, async c =>
            await c.GetAsync($"/api/v1/hazardous-areas/{(await _s.NewHazardAsync(_s.Im)).Summary.Id}")),
        ["POST /api/v1/hazardous-areas/"] = (Roles.DataEntry, c => _s.PostHazardAsync(c)),
        ["PUT /api/v1/hazardous-areas/{id:guid}"] = (Roles.DataEntry, async c =>
        {
            var hazard = await _s.NewHazardAsync();
            return await c.PutJsonAsync($"/api/v1/hazardous-areas/{(hazard).Summary.Id}", Scenario.HazardBody(hazard, "Edited"),
                $"\"{hazard.Summary.RowVersion}\"");
        }),
        ["POST /api/v1/hazardous-areas/{id:guid}/confirm"] = (Roles.DataEntry, async c =>
            await c.PostAsJsonAsync($"/api/v1/hazardous-areas/{(await _s.NewHazardAsync()).Summary.Id}/confirm",
                new { confirmedOn = "2024-02-01", note = "AP mine found" })),
        ["POST /api/v1/hazardous-areas/{id:guid}/marking"] = (Roles.DataEntry, async c =>
            await c.PostAsJsonAsync($"/api/v1/hazardous-areas/{(await _s.NewHazardAsync()).Summary.Id}/marking", new { markedOn = "2024-02-01" })),
        ["POST /api/v1/hazardous-areas/{id:guid}/archive"] = (Reviewers, async c =>
            await c.PostAsJsonAsync($"/api/v1/hazardous-areas/{(await _s.NewHazardAsync()).Summary.Id}/archive", new { reason = "matrix" })),
        ["POST /api/v1/hazardous-areas/{id:guid}/approve"] = (Reviewers, async c =>
            await c.PostAsJsonAsync($"/api/v1/hazardous-areas/{(await _s.NewHazardAsync()).Summary.Id}/approve", new { })),
        ["POST /api/v1/hazardous-areas/{id:guid}/return"] = (Reviewers, async c =>
            await c.PostAsJsonAsync($"/api/v1/hazardous-areas/{(await _s.NewHazardAsync()).Summary.Id}/return", new { comment = "Fix the polygon" })),
        ["GET /api/v1/activities/"] = (Everyone, c => c.GetAsync("/api/v1/activities")),
        ["GET /api/v1/activities/{id:guid}"] = (Everyone, async c => await c.GetAsync($"/api/v1/activities/{(await ApprovedActivityAsync()).Id}")),
        ["POST /api/v1/activities/"] = (Roles.DataEntry, async c =>
        {
            var (hazard, _, _, _) = await _l.HazardAsync();
            return await c.PostAsJsonAsync("/api/v1/activities", new { hazardousAreaId = hazard, organisationId = await _s.OrganisationIdAsync("HALO"), type = "NTS" });
        }),
        ["PUT /api/v1/activities/{id:guid}/plan"] = (Roles.DataEntry, async c =>
        {
            var activity = await OperatorActivityAsync();
            return await c.PutJsonAsync($"/api/v1/activities/{activity.Id}/plan", new { specifiedDepthCm = 20 }, $"\"{activity.RowVersion}\"");
        }),
        ["POST /api/v1/activities/{id:guid}/status"] = (Roles.DataEntry, async c =>
            await c.PostAsJsonAsync($"/api/v1/activities/{(await OperatorActivityAsync()).Id}/status", new { status = "Suspended" })),
        ["POST /api/v1/activities/{id:guid}/approve"] = (Reviewers, async c =>
            await c.PostAsJsonAsync($"/api/v1/activities/{(await OperatorActivityAsync()).Id}/approve", new { })),
        ["POST /api/v1/activities/{id:guid}/return"] = (Reviewers, async c =>
            await c.PostAsJsonAsync($"/api/v1/activities/{(await OperatorActivityAsync()).Id}/return", new { comment = "Add devices" })),
        ["POST /api/v1/activities/{id:guid}/products"] = (Roles.DataEntry, async c =>
        {
            var (hazard, lon, lat, _) = await _l.HazardAsync();
            var activity = await _l.ActivityAsync(hazard, client: _l.Operator);
            return await _l.ReleaseAsync(activity, Ledger.Rectangle(lon, lat, lon + 0.002, lat + 0.002), client: c);
        }),
        ["GET /api/v1/activities/{id:guid}/devices"] = (Everyone, async c => await c.GetAsync($"/api/v1/activities/{(await ApprovedActivityAsync()).Id}/devices")),
        ["POST /api/v1/activities/{id:guid}/devices"] = (Roles.DataEntry, async c =>
            await c.PostAsJsonAsync($"/api/v1/activities/{(await OperatorActivityAsync()).Id}/devices",
                new { category = "AntiPersonnelMine", quantity = 1, foundOn = "2024-02-01" })),
        ["POST /api/v1/devices/{id:guid}/disposal"] = (Roles.DataEntry, async c =>
        {
            var activity = await OperatorActivityAsync();
            var device = await _l.Operator.PostAsync<DeviceDto>($"/api/v1/activities/{activity.Id}/devices",
                new { category = "AntiPersonnelMine", quantity = 1, foundOn = "2024-02-01" });
            return await c.PostAsJsonAsync($"/api/v1/devices/{device.Id}/disposal", new { method = "DestroyedInSitu", disposedOn = "2024-02-02" });
        }),
        ["POST /api/v1/devices/{id:guid}/approve"] = (Reviewers, async c =>
            await c.PostAsJsonAsync($"/api/v1/devices/{(await LaterDeviceAsync()).Id}/approve", new { })),
        ["POST /api/v1/devices/{id:guid}/return"] = (Reviewers, async c =>
            await c.PostAsJsonAsync($"/api/v1/devices/{(await LaterDeviceAsync()).Id}/return", new { comment = "Photograph missing" })),
        ["POST /api/v1/products/{id:guid}/approve"] = (Reviewers, async c =>
            await c.PostAsJsonAsync($"/api/v1/products/{(await LaterProductAsync()).Id}/approve", new { })),
        ["POST /api/v1/products/{id:guid}/return"] = (Reviewers, async c =>
            await c.PostAsJsonAsync($"/api/v1/products/{(await LaterProductAsync()).Id}/return", new { comment = "Polygon crosses the road" })),
        ["POST /api/v1/products/{id:guid}/archive"] = (Reviewers, async c =>
        {
            var (hazard, lon, lat, _) = await _l.HazardAsync();
            var product = await _l.ReleaseOkAsync(await _l.ActivityAsync(hazard), Ledger.Rectangle(lon, lat, lon + 0.002, lat + 0.002));
            return await c.PostAsJsonAsync($"/api/v1/products/{product.Id}/archive", new { reason = "matrix" });
        }),
        ["GET /api/v1/products/{id:guid}"] = (Everyone, async c =>
        {
            var (hazard, lon, lat, _) = await _l.HazardAsync();
            var product = await _l.ReleaseOkAsync(await _l.ActivityAsync(hazard), Ledger.Rectangle(lon, lat, lon + 0.002, lat + 0.002));
            return await c.GetAsync($"/api/v1/products/{product.Id}");
        }),
        ["GET /api/v1/devices/{id:guid}"] = (Everyone, async c =>
        {
            var device = await _l.Im.PostAsync<DeviceDto>($"/api/v1/activities/{(await ApprovedActivityAsync()).Id}/devices",
                new { category = "AntiPersonnelMine", quantity = 1, foundOn = "2024-02-01" });
            return await c.GetAsync($"/api/v1/devices/{device.Id}");
        }),
        ["GET /api/v1/casualties/{id:guid}"] = (Everyone, async c =>
        {
            var casualty = await app.ClientFor(Roles.VictimAssistanceOfficer).PostAsync<CasualtyDto>($"/api/v1/accidents/{await AccidentIdAsync()}/casualties",
                new { sex = "Female", ageGroup = "Age12To17", outcome = "Injured" });
            return await c.GetAsync($"/api/v1/casualties/{casualty.Id}");
        }),
        ["GET /api/v1/eore-sessions/{id:guid}"] = (Everyone, async c =>
        {
            var session = await _l.Im.PostAsync<EoreSessionDto>("/api/v1/eore-sessions", await EoreBodyAsync());
            return await c.GetAsync($"/api/v1/eore-sessions/{session.Id}");
        }),
        ["GET /api/v1/accreditations/{id:guid}"] = (Everyone, async c =>
        {
            var accreditation = await _l.Im.PostAsync<AccreditationDto>("/api/v1/accreditations", new
            {
                organisationId = await _s.OrganisationIdAsync("TDO"), activity = "EORE", number = $"ACC-{Scenario.Next()}", issuedOn = "2020-01-01",
                expiresOn = "2099-12-31",
            });
            return await c.GetAsync($"/api/v1/accreditations/{accreditation.Id}");
        }),
        ["GET /api/v1/quality/visits/{id:guid}"] = (Everyone, async c =>
        {
            var visit = await _l.Im.PostAsync<VisitDto>("/api/v1/quality/visits", await VisitBodyAsync("Minor"));
            return await c.GetAsync($"/api/v1/quality/visits/{visit.Id}");
        }),
        ["GET /api/v1/funds/{id:guid}"] = (Everyone, async c => await c.GetAsync($"/api/v1/funds/{await _f.FundAsync()}")),
        ["GET /api/v1/exchange-rates/{id:guid}"] = (Everyone, async c =>
        {
            var rate = await _f.Donor.PostAsync<ExchangeRateDto>("/api/v1/exchange-rates", new { currency = "NOK", rateDate = FreshRateDate(), usdPerUnit = 0.09m });
            return await c.GetAsync($"/api/v1/exchange-rates/{rate.Id}");
        }),
        ["GET /api/v1/land-release/summary"] = (Everyone, c => c.GetAsync("/api/v1/land-release/summary")),
        ["GET /api/v1/land-release/contamination"] = (Everyone, c => c.GetAsync("/api/v1/land-release/contamination?asOf=2020-12-31")),
        ["GET /api/v1/land-release/reconciliation"] = (Everyone, c => c.GetAsync("/api/v1/land-release/reconciliation?from=2020-01-01&to=2020-12-31")),
        ["GET /api/v1/hazardous-areas/{id:guid}/land-release"] = (Everyone, async c =>
            await c.GetAsync($"/api/v1/hazardous-areas/{(await _l.HazardAsync()).Id}/land-release")),
        ["POST /api/v1/hazardous-areas/{id:guid}/close"] = (Reviewers, async c =>
            await c.PostAsJsonAsync($"/api/v1/hazardous-areas/{await ReleasedHazardAsync()}/close", new { date = "2024-06-01" })),
        ["POST /api/v1/hazardous-areas/{id:guid}/hand-over"] = (Reviewers, async c =>
            await c.PostAsJsonAsync($"/api/v1/hazardous-areas/{await ClosedHazardAsync()}/hand-over", new { date = "2024-06-02" })),
        ["POST /api/v1/hazardous-areas/{id:guid}/reopen"] = (Reviewers, async c =>
            await c.PostAsJsonAsync($"/api/v1/hazardous-areas/{await ClosedHazardAsync()}/reopen", new { date = "2024-06-03", reason = "UXO found by a farmer" })),
        ["GET /api/v1/hazardous-areas/export.csv"] = (Everyone, c => c.GetAsync("/api/v1/hazardous-areas/export.csv")),
        ["GET /api/v1/hazardous-areas/export.geojson"] = (Everyone, c => c.GetAsync("/api/v1/hazardous-areas/export.geojson")),
        ["GET /api/v1/land-release/released-land.geojson"] = (Everyone, c => c.GetAsync("/api/v1/land-release/released-land.geojson")),
        ["GET /api/v1/land-release/devices.geojson"] = (Everyone, c => c.GetAsync("/api/v1/land-release/devices.geojson")),
        ["GET /api/v1/accidents/export.geojson"] = (Everyone, c => c.GetAsync("/api/v1/accidents/export.geojson?year=2024")),
        ["GET /api/v1/organisations/export.csv"] = (Everyone, c => c.GetAsync("/api/v1/organisations/export.csv")),
        ["GET /api/v1/accreditations/"] = (Everyone, c => c.GetAsync("/api/v1/accreditations?expiringWithinDays=60")),
        ["POST /api/v1/accreditations/"] = (Reviewers, async c => await c.PostAsJsonAsync("/api/v1/accreditations", new
        {
            organisationId = await _s.OrganisationIdAsync("HALO"), activity = "Clearance", number = $"ACC-{Scenario.Next()}",
            issuedOn = "2024-01-01", expiresOn = "2026-12-31",
        })),
        ["POST /api/v1/accreditations/{id:guid}/status"] = (Reviewers, async c =>
        {
            var created = await _l.Im.PostAsync<AccreditationDto>("/api/v1/accreditations", new
            {
                organisationId = await _s.OrganisationIdAsync("HALO"), activity = "TS", number = $"ACC-{Scenario.Next()}",
                issuedOn = "2024-01-01", expiresOn = "2026-12-31",
            });
            return await c.PostAsJsonAsync($"/api/v1/accreditations/{created.Id}/status", new { status = "Suspended", reason = "QA finding" });
        }),
        ["GET /api/v1/tasks/"] = (Everyone, c => c.GetAsync("/api/v1/tasks")),
        ["GET /api/v1/tasks/{id:guid}"] = (Everyone, async c => await c.GetAsync($"/api/v1/tasks/{await DraftTaskAsync()}")),
        ["POST /api/v1/tasks/"] = (Reviewers, async c => await c.PostAsJsonAsync("/api/v1/tasks", new
        {
            organisationId = await _s.OrganisationIdAsync("HALO"), activity = "Clearance", hazardousAreaIds = new[] { (await _l.HazardAsync()).Id },
            priority = "High",
        })),
        ["POST /api/v1/tasks/{id:guid}/status"] = (Roles.DataEntry, async c =>
            await c.PostAsJsonAsync($"/api/v1/tasks/{await IssuedTaskAsync()}/status", new { step = "Accept", date = TestDates.Today() })),
        ["GET /api/v1/quality/visits"] = (Everyone, c => c.GetAsync("/api/v1/quality/visits")),
        ["POST /api/v1/quality/visits"] = (Roles.Quality, async c => await c.PostAsJsonAsync("/api/v1/quality/visits", await VisitBodyAsync("Minor"))),
        ["GET /api/v1/quality/non-conformities"] = (Everyone, c => c.GetAsync("/api/v1/quality/non-conformities?open=true")),
        ["POST /api/v1/quality/non-conformities/{id:guid}/close"] = (Roles.Quality, async c =>
        {
            var visit = await _l.Im.PostAsync<VisitDto>("/api/v1/quality/visits", await VisitBodyAsync("Major"));
            return await c.PostAsJsonAsync($"/api/v1/quality/non-conformities/{visit.NonConformities[0].Id}/close",
                new { closedOn = TestDates.Today(), evidence = "Retraining records" });
        }),
        ["GET /api/v1/dashboard/"] = (Everyone, c => c.GetAsync("/api/v1/dashboard?fromYear=2024&toYear=2024")),
        ["GET /api/v1/dashboard/{chart}.csv"] = (Everyone, c => c.GetAsync("/api/v1/dashboard/released.csv?fromYear=2024&toYear=2024")),
        ["GET /api/v1/map/"] = (Everyone, c => c.GetAsync("/api/v1/map")),
        ["GET /api/v1/map/{layer}"] = (Everyone, c => c.GetAsync("/api/v1/map/hazardous-areas?bbox=100,12,101,13&zoom=8")),
        ["GET /api/v1/review/submissions"] = (Reviewers, c => c.GetAsync("/api/v1/review/submissions")),
        ["GET /api/v1/review/counts"] = (Reviewers, c => c.GetAsync("/api/v1/review/counts")),
        ["POST /api/v1/review/decisions"] = (Reviewers, async c => await c.PostAsJsonAsync("/api/v1/review/decisions",
            new { items = new[] { new { kind = "Device", id = (await LaterDeviceAsync()).Id } }, decision = "Approve" })),
        ["POST /api/v1/capacity/"] = (Roles.DataEntry, async c => await c.PostAsJsonAsync("/api/v1/capacity", RequestBodies.Capacity(await _s.OrganisationIdAsync("HALO")))),
        ["GET /api/v1/capacity/trend"] = (Everyone, c => c.GetAsync("/api/v1/capacity/trend")),
        ["GET /api/v1/tasks/summary"] = (Everyone, c => c.GetAsync("/api/v1/tasks/summary")),
        ["GET /api/v1/organisations/performance"] = (Roles.Auditors, c => c.GetAsync("/api/v1/organisations/performance?from=2024-01-01&to=2024-12-31")),
        ["POST /api/v1/accidents/"] = (Roles.AccidentEntry, async c => await c.PostAsJsonAsync("/api/v1/accidents", await AccidentBodyAsync())),
        ["GET /api/v1/accidents/{id:guid}"] = (Everyone, async c => await c.GetAsync($"/api/v1/accidents/{await AccidentIdAsync()}")),
        ["POST /api/v1/accidents/{id:guid}/casualties"] = (Roles.AccidentEntry, async c =>
            await c.PostAsJsonAsync($"/api/v1/accidents/{await AccidentIdAsync()}/casualties", new { sex = "Female", ageGroup = "Age12To17", outcome = "Injured" })),
        ["GET /api/v1/casualties/"] = (Everyone, c => c.GetAsync("/api/v1/casualties?search=V-00000000")),
        ["GET /api/v1/funds/"] = (Everyone, c => c.GetAsync("/api/v1/funds")),
        ["POST /api/v1/funds/"] = (Roles.Finance, async c => await c.PostAsJsonAsync("/api/v1/funds",
            new { name = $"Matrix fund {Scenario.Next()}", kind = "PooledFund", managingOrganisationId = await _s.OrganisationIdAsync("UNDP") })),
        ["POST /api/v1/funds/{id:guid}/archive"] = (Roles.Finance, async c =>
            await c.PostAsJsonAsync($"/api/v1/funds/{await _f.FundAsync()}/archive", new { reason = "Created twice" })),
        ["POST /api/v1/projects/{id:guid}/archive"] = (Roles.Finance, async c =>
            await c.PostAsJsonAsync($"/api/v1/projects/{(await _f.ProjectAsync()).Id}/archive", new { reason = "Created twice" })),
        ["GET /api/v1/exchange-rates/"] = (Everyone, c => c.GetAsync("/api/v1/exchange-rates?currency=EUR")),
        ["POST /api/v1/exchange-rates/"] = (Roles.Finance, c => c.PostAsJsonAsync("/api/v1/exchange-rates",
            new { currency = "EUR", rateDate = FreshRateDate(), usdPerUnit = 1.08m })),
        ["POST /api/v1/exchange-rates/import"] = (Roles.Finance, c => c.PostAsJsonAsync("/api/v1/exchange-rates/import",
            new { csv = $"GBP,{FreshRateDate()},1.27" })),
        ["GET /api/v1/contributions/"] = (Everyone, c => c.GetAsync("/api/v1/contributions")),
        ["POST /api/v1/contributions/"] = (Roles.Finance, async c => await c.PostAsJsonAsync("/api/v1/contributions", new
        {
            donorId = await _s.OrganisationIdAsync("GFFO"), fundId = await _f.FundAsync(), reference = "MATRIX", currency = "EUR", amount = 10m,
        })),
        ["GET /api/v1/contributions/{id:guid}"] = (Everyone, async c => await c.GetAsync($"/api/v1/contributions/{await _f.ContributionAsync(await _f.FundAsync())}")),
        ["POST /api/v1/contributions/{id:guid}/transactions"] = (Roles.Finance, async c =>
            await c.PostAsJsonAsync($"/api/v1/contributions/{await ProjectContributionAsync()}/transactions",
                new { type = "Disbursement", date = "2024-03-02", amount = 10m })),
        ["PUT /api/v1/contributions/{id:guid}"] = (Roles.Finance, async c =>
        {
            var id = await _f.ContributionAsync(await _f.FundAsync());
            var etag = (await _f.Donor.GetAsync($"/api/v1/contributions/{id}")).Headers.ETag!.Tag;
            return await c.PutJsonAsync($"/api/v1/contributions/{id}", new { reference = "AMENDED", amount = 120_000m, spreadFromYear = 2025, spreadToYear = 2026 }, etag);
        }),
        ["POST /api/v1/contributions/{id:guid}/archive"] = (Roles.Finance, async c =>
            await c.PostAsJsonAsync($"/api/v1/contributions/{await _f.ContributionAsync(await _f.FundAsync())}/archive", new { reason = "Recorded twice" })),
        ["POST /api/v1/transactions/{id:guid}/archive"] = (Roles.Finance, async c =>
        {
            var contribution = await _f.Donor.GetAsync<ContributionDto>($"/api/v1/contributions/{await ProjectContributionAsync()}");
            return await c.PostAsJsonAsync($"/api/v1/transactions/{contribution.Transactions[0].Id}/archive", new { reason = "Entered twice" });
        }),
        ["GET /api/v1/projects/"] = (Everyone, c => c.GetAsync("/api/v1/projects")),
        ["GET /api/v1/projects/link-candidates"] = (Everyone, c => c.GetAsync("/api/v1/projects/link-candidates?kind=AssistanceService&search=medic")),
        ["POST /api/v1/projects/"] = (Roles.Finance, async c => await c.PostAsJsonAsync("/api/v1/projects", new
        {
            code = $"MX-{Scenario.Next()}", title = "Matrix project", implementingOrganisationId = await _s.OrganisationIdAsync("MAG"),
            startDate = "2024-01-01", endDate = "2024-12-31", budget = 1m, budgetCurrency = "USD",
        })),
        ["GET /api/v1/projects/{id:guid}"] = (Everyone, async c => await c.GetAsync($"/api/v1/projects/{(await _f.ProjectAsync()).Id}")),
        ["PUT /api/v1/projects/{id:guid}"] = (Roles.Finance, async c =>
        {
            var project = await _f.ProjectAsync();
            return await c.PutJsonAsync($"/api/v1/projects/{project.Id}", new
            {
                title = "Renamed", implementingOrganisationId = project.ImplementingOrganisationId, startDate = "2024-01-01", endDate = "2024-12-31",
                budget = 2m, budgetCurrency = "EUR",
            }, $"\"{project.RowVersion}\"");
        }),
        ["POST /api/v1/projects/{id:guid}/links"] = (Roles.Finance, async c =>
            await c.PostAsJsonAsync($"/api/v1/projects/{(await _f.ProjectAsync()).Id}/links", new { kind = "Task", targetId = await DraftTaskAsync() })),
        ["POST /api/v1/projects/{id:guid}/unlink"] = (Roles.Finance, async c =>
        {
            var (project, link) = ((await _f.ProjectAsync()).Id, new { kind = "Task", targetId = await DraftTaskAsync() });
            Assert.Equal(HttpStatusCode.OK, (await _f.Donor.PostAsJsonAsync($"/api/v1/projects/{project}/links", link)).StatusCode);
            return await c.PostAsJsonAsync($"/api/v1/projects/{project}/unlink", link);
        }),
        ["GET /api/v1/reports/land-release/{year:int}"] = (Everyone, c => c.GetAsync("/api/v1/reports/land-release/2024")),
        ["GET /api/v1/reports/land-release/{year:int}/cells/{cell}/records"] = (Everyone, c =>
            c.GetAsync("/api/v1/reports/land-release/2024/cells/national.clearedM2/records")),
        ["GET /api/v1/stockpiles/lots/"] = (Everyone, c => c.GetAsync("/api/v1/stockpiles/lots")),
        ["GET /api/v1/stockpiles/lots/{id:guid}"] = (Everyone, async c => await c.GetAsync($"/api/v1/stockpiles/lots/{(await _k.LotAsync()).Lot.Id}")),
        ["POST /api/v1/stockpiles/lots/"] = (DataEntry, async c => await c.PostAsJsonAsync("/api/v1/stockpiles/lots", await _k.LotBodyAsync())),
        ["POST /api/v1/stockpiles/lots/{id:guid}/archive"] = (Reviewers, async c =>
            await c.PostAsJsonAsync($"/api/v1/stockpiles/lots/{(await _k.LotAsync()).Lot.Id}/archive", new { reason = "matrix" })),
        ["POST /api/v1/stockpiles/lots/{id:guid}/movements"] = (DataEntry, async c => await Stockpile.DestroyAsync(c, (await _k.LotAsync()).Lot.Id, 1, "2021-01-01")),
        ["POST /api/v1/stockpiles/movements/{id:guid}/approve"] = (Reviewers, async c =>
            await c.PostAsJsonAsync($"/api/v1/stockpiles/movements/{(await _k.LotAsync(_l.Operator)).Movements[0].Id}/approve", new { })),
        ["POST /api/v1/stockpiles/movements/{id:guid}/return"] = (Reviewers, async c =>
            await c.PostAsJsonAsync($"/api/v1/stockpiles/movements/{(await _k.LotAsync(_l.Operator)).Movements[0].Id}/return", new { comment = "Lot photo?" })),
        ["POST /api/v1/stockpiles/movements/{id:guid}/archive"] = (Reviewers, async c =>
            await c.PostAsJsonAsync($"/api/v1/stockpiles/movements/{(await _k.LotAsync()).Movements[0].Id}/archive", new { reason = "matrix" })),
        ["GET /api/v1/reports/article7/apmbc/{year:int}/"] = (Everyone, c => c.GetAsync("/api/v1/reports/article7/apmbc/2024")),
        ["GET /api/v1/reports/article7/apmbc/{year:int}/cells/{cell}/records"] = (Everyone, c =>
            c.GetAsync("/api/v1/reports/article7/apmbc/2024/cells/B.total.quantity/records")),
        ["PUT /api/v1/reports/article7/apmbc/{year:int}/texts/{form}"] = (Reviewers, c =>
            c.PutAsJsonAsync("/api/v1/reports/article7/apmbc/2024/texts/A", new { text = "National law in force." })),
        ["POST /api/v1/reports/article7/apmbc/{year:int}/editions/"] = (Reviewers, c => c.PostAsJsonAsync("/api/v1/reports/article7/apmbc/2022/editions", new { })),
        ["GET /api/v1/reports/article7/apmbc/{year:int}/editions/"] = (Everyone, c => c.GetAsync("/api/v1/reports/article7/apmbc/2022/editions")),
        ["GET /api/v1/reports/article7/apmbc/{year:int}/editions/{number:int}"] = (Everyone, async c =>
        {
            await _l.Im.PostAsJsonAsync("/api/v1/reports/article7/apmbc/2021/editions", new { });
            return await c.GetAsync("/api/v1/reports/article7/apmbc/2021/editions/1");
        }),
        ["GET /api/v1/reports/article7/apmbc/{year:int}/editions/{number:int}/changes"] = (Everyone, async c =>
        {
            await _l.Im.PostAsJsonAsync("/api/v1/reports/article7/apmbc/2021/editions", new { });
            return await c.GetAsync("/api/v1/reports/article7/apmbc/2021/editions/1/changes");
        }),
        ["GET /api/v1/reports/article7/ccm/{year:int}/"] = (Everyone, c => c.GetAsync("/api/v1/reports/article7/ccm/2024")),
        ["GET /api/v1/reports/article7/ccm/{year:int}/cells/{cell}/records"] = (Everyone, c =>
            c.GetAsync("/api/v1/reports/article7/ccm/2024/cells/B.total.submunitions/records")),
        ["PUT /api/v1/reports/article7/ccm/{year:int}/texts/{form}"] = (Reviewers, c =>
            c.PutAsJsonAsync("/api/v1/reports/article7/ccm/2024/texts/K", new { text = "No production facilities ever existed." })),
        ["POST /api/v1/reports/article7/ccm/{year:int}/editions/"] = (Reviewers, c => c.PostAsJsonAsync("/api/v1/reports/article7/ccm/2022/editions", new { })),
        ["GET /api/v1/reports/article7/ccm/{year:int}/editions/"] = (Everyone, c => c.GetAsync("/api/v1/reports/article7/ccm/2022/editions")),
        ["GET /api/v1/reports/article7/ccm/{year:int}/editions/{number:int}"] = (Everyone, async c =>
        {
            await _l.Im.PostAsJsonAsync("/api/v1/reports/article7/ccm/2021/editions", new { });
            return await c.GetAsync("/api/v1/reports/article7/ccm/2021/editions/1");
        }),
        ["GET /api/v1/reports/article7/ccm/{year:int}/editions/{number:int}/changes"] = (Everyone, async c =>
        {
            await _l.Im.PostAsJsonAsync("/api/v1/reports/article7/ccm/2021/editions", new { });
            return await c.GetAsync("/api/v1/reports/article7/ccm/2021/editions/1/changes");
        }),
        ["GET /api/v1/reports/article7/apmbc/{year:int}/report.xlsx"] = (Everyone, c => c.GetAsync("/api/v1/reports/article7/apmbc/2024/report.xlsx")),
        ["GET /api/v1/reports/article7/apmbc/{year:int}/editions/{number:int}/report.xlsx"] = (Everyone, async c =>
        {
            await _l.Im.PostAsJsonAsync("/api/v1/reports/article7/apmbc/2021/editions", new { });
            return await c.GetAsync("/api/v1/reports/article7/apmbc/2021/editions/1/report.xlsx");
        }),
        ["GET /api/v1/reports/article7/apmbc/{year:int}/report.html"] = (Everyone, c => c.GetAsync("/api/v1/reports/article7/apmbc/2024/report.html")),
        ["GET /api/v1/reports/article7/apmbc/{year:int}/editions/{number:int}/report.html"] = (Everyone, async c =>
        {
            await _l.Im.PostAsJsonAsync("/api/v1/reports/article7/apmbc/2021/editions", new { });
            return await c.GetAsync("/api/v1/reports/article7/apmbc/2021/editions/1/report.html");
        }),
        ["GET /api/v1/reports/article7/ccm/{year:int}/report.xlsx"] = (Everyone, c => c.GetAsync("/api/v1/reports/article7/ccm/2024/report.xlsx")),
        ["GET /api/v1/reports/article7/ccm/{year:int}/editions/{number:int}/report.xlsx"] = (Everyone, async c =>
        {
            await _l.Im.PostAsJsonAsync("/api/v1/reports/article7/ccm/2021/editions", new { });
            return await c.GetAsync("/api/v1/reports/article7/ccm/2021/editions/1/report.xlsx");
        }),
        ["GET /api/v1/reports/article7/ccm/{year:int}/report.html"] = (Everyone, c => c.GetAsync("/api/v1/reports/article7/ccm/2024/report.html")),
        ["GET /api/v1/reports/article7/ccm/{year:int}/editions/{number:int}/report.html"] = (Everyone, async c =>
        {
            await _l.Im.PostAsJsonAsync("/api/v1/reports/article7/ccm/2021/editions", new { });
            return await c.GetAsync("/api/v1/reports/article7/ccm/2021/editions/1/report.html");
        }),
        ["GET /api/v1/reports/donor"] = (Everyone, c => c.GetAsync("/api/v1/reports/donor?from=2024-01-01&to=2024-12-31")),
        ["GET /api/v1/reports/donor.csv"] = (Everyone, c => c.GetAsync("/api/v1/reports/donor.csv?from=2024-01-01&to=2024-12-31")),
        ["GET /api/v1/reports/donor.xlsx"] = (Everyone, c => c.GetAsync("/api/v1/reports/donor.xlsx?from=2024-01-01&to=2024-12-31")),
        ["GET /api/v1/iati/activities.xml"] = (Everyone, c => c.GetAsync("/api/v1/iati/activities.xml")),
        ["GET /api/v1/casualties/statistics"] = (Everyone, c => c.GetAsync("/api/v1/casualties/statistics")),
        ["GET /api/v1/casualties/statistics.csv"] = (Everyone, c => c.GetAsync("/api/v1/casualties/statistics.csv")),
        ["GET /api/v1/eore-sessions/totals.csv"] = (Everyone, c => c.GetAsync("/api/v1/eore-sessions/totals.csv")),
        ["POST /api/v1/eore-sessions/"] = (Roles.DataEntry, async c => await c.PostAsJsonAsync("/api/v1/eore-sessions", await EoreBodyAsync())),
        ["POST /api/v1/eore-sessions/{id:guid}/approve"] = (Reviewers, async c =>
            await c.PostAsJsonAsync($"/api/v1/eore-sessions/{await OperatorEoreAsync()}/approve", new { })),
        ["POST /api/v1/eore-sessions/{id:guid}/return"] = (Reviewers, async c =>
            await c.PostAsJsonAsync($"/api/v1/eore-sessions/{await OperatorEoreAsync()}/return", new { comment = "Check the counts" })),
        ["GET /api/v1/eore-sessions/totals"] = (Everyone, c => c.GetAsync("/api/v1/eore-sessions/totals")),
        ["POST /api/v1/assistance-cases/"] = (Roles.PersonalData, async c => await c.PostAsJsonAsync("/api/v1/assistance-cases", await CaseBodyAsync())),
        ["GET /api/v1/assistance-cases/{id:guid}"] = (Roles.PersonalData, async c => await c.GetAsync($"/api/v1/assistance-cases/{await CaseIdAsync()}")),
        ["POST /api/v1/assistance-cases/{id:guid}/services"] = (Roles.PersonalData, async c => await c.PostAsJsonAsync(
            $"/api/v1/assistance-cases/{await CaseIdAsync()}/services",
            new { deliveredOn = "2024-06-01", providerId = await _s.OrganisationIdAsync("HI"), pillar = "Rehabilitation", costUsd = 120m })),
        ["POST /api/v1/assistance-cases/{id:guid}/follow-up"] = (Roles.PersonalData, async c => await c.PostAsJsonAsync(
            $"/api/v1/assistance-cases/{await CaseIdAsync()}/follow-up", new { nextFollowUpOn = "2024-09-01" })),
        ["POST /api/v1/assistance-cases/{id:guid}/close"] = (Roles.PersonalData, async c => await c.PostAsJsonAsync(
            $"/api/v1/assistance-cases/{await CaseIdAsync()}/close", new { closedOn = "2024-09-01", reason = "Needs met" })),
        ["POST /api/v1/assistance-cases/{id:guid}/referrals/{referralId:guid}/status"] = (Roles.PersonalData, async c =>
        {
            var (caseId, referralId) = await ReferralAsync();
            return await c.PostAsJsonAsync($"/api/v1/assistance-cases/{caseId}/referrals/{referralId}/status", new { status = "Accepted" });
        }),
        ["POST /api/v1/assistance-cases/{id:guid}/referrals"] = (Roles.PersonalData, async c => await c.PostAsJsonAsync(
            $"/api/v1/assistance-cases/{await CaseIdAsync()}/referrals", new { providerId = await _s.OrganisationIdAsync("HI"), pillar = "Psychosocial", referredOn = "2024-06-01" })),
        ["GET /api/v1/assistance-cases/"] = (Roles.PersonalData, c => c.GetAsync("/api/v1/assistance-cases")),
        ["GET /api/v1/assistance-cases/overdue"] = (Roles.PersonalData, c => c.GetAsync("/api/v1/assistance-cases/overdue")),
        ["GET /api/v1/assistance-cases/statistics"] = (Everyone, c => c.GetAsync("/api/v1/assistance-cases/statistics")),
        ["GET /api/v1/assistance-cases/statistics.csv"] = (Everyone, c => c.GetAsync("/api/v1/assistance-cases/statistics.csv")),
        ["GET /api/v1/accidents/"] = (Everyone, c => c.GetAsync("/api/v1/accidents?year=2024")),
        ["GET /api/v1/admin-areas"] = (Everyone, c => c.GetAsync("/api/v1/admin-areas")),
        ["POST /api/v1/admin-areas/boundaries"] = (Admins, c => c.PostAsync("/api/v1/admin-areas/boundaries?level=3", Commune())),
        ["GET /api/v1/admin-areas/mismatches"] = (Roles.Reviewers, c => c.GetAsync("/api/v1/admin-areas/mismatches")),
        ["GET /api/v1/programme/settings"] = (Everyone, c => c.GetAsync("/api/v1/programme/settings")),
        ["PUT /api/v1/programme/settings"] = (Admins, c => c.PutJsonAsync("/api/v1/programme/settings", TarseniaSettings, "*")),
        ["GET /api/v1/programme/logo"] = (Everyone, async c =>
        {
            await app.ClientFor(Roles.Administrator).PutAsync("/api/v1/programme/logo", Logo());
            return await c.GetAsync("/api/v1/programme/logo");
        }),
        ["PUT /api/v1/programme/logo"] = (Admins, c => c.PutAsync("/api/v1/programme/logo", Logo())),
        ["DELETE /api/v1/programme/logo"] = (Admins, c => c.DeleteAsync("/api/v1/programme/logo")),
        ["GET /api/v1/programme/setup-checklist"] = (Admins, c => c.GetAsync("/api/v1/programme/setup-checklist")),
        ["POST /api/v1/imports/"] = (Importers, c => OwnImportAsync(c)),
        ["GET /api/v1/imports/"] = (Importers, c => c.GetAsync("/api/v1/imports")),
        ["GET /api/v1/imports/{id:guid}"] = (Importers, c => OwnImportAsync(c, "")),
        ["GET /api/v1/imports/{id:guid}/problems"] = (Importers, c => OwnImportAsync(c, "/problems")),
        ["GET /api/v1/imports/{id:guid}/problems.csv"] = (Importers, c => OwnImportAsync(c, "/problems.csv")),
        ["POST /api/v1/imports/{id:guid}/commit"] = (Importers, c => OwnImportAsync(c, "/commit")),
        ["POST /api/v1/imports/{id:guid}/cancel"] = (Importers, c => OwnImportAsync(c, "/cancel")),
        ["GET /api/v1/imports/records/{recordType}.csv"] = (Importers, c => OwnRecordsAsync(c)),
        ["GET /api/v1/imports/templates/{recordType}.csv"] = (Importers, c => c.GetAsync("/api/v1/imports/templates/HazardousAreas.csv")),
        ["GET /api/v1/imports/templates/{recordType}.xlsx"] = (Importers, c => c.GetAsync("/api/v1/imports/templates/Organisations.xlsx")),
        ["GET /api/v1/field-forms/"] = (DataEntry, c => c.GetAsync("/api/v1/field-forms")),
        ["GET /api/v1/field-forms/{id}.xlsx"] = (DataEntry, c => c.GetAsync("/api/v1/field-forms/eore-session.xlsx")),
        ["GET /api/v1/audit"] = (Roles.Auditors, c => c.GetAsync("/api/v1/audit?entity=Organisation")),
        ["GET /api/v1/users/"] = (Admins, c => c.GetAsync("/api/v1/users")),
        ["POST /api/v1/users/"] = (Admins, c => c.PostAsJsonAsync("/api/v1/users", NewUser())),
        ["PUT /api/v1/users/{id:guid}/roles"] = (Admins, async c =>
            await c.PutAsJsonAsync($"/api/v1/users/{await NewUserIdAsync()}/roles", new { roles = new[] { Roles.QualityManager } })),
        ["POST /api/v1/users/{id:guid}/lock"] = (Admins, async c => await c.PostAsync($"/api/v1/users/{await NewUserIdAsync()}/lock", null)),
        ["POST /api/v1/users/{id:guid}/unlock"] = (Admins, async c => await c.PostAsync($"/api/v1/users/{await NewUserIdAsync()}/unlock", null)),
        ["GET /api/v1/tokens/"] = (Everyone, c => c.GetAsync("/api/v1/tokens")),
        ["POST /api/v1/tokens/"] = (Everyone, c => c.PostAsJsonAsync("/api/v1/tokens", new { name = "matrix" })),
        ["POST /api/v1/tokens/{id:guid}/revoke"] = (Everyone, async c =>
        {
            var created = await c.PostAsJsonAsync("/api/v1/tokens", new { name = "to revoke" });
            if (created.StatusCode != HttpStatusCode.Created)
            {
                return created;
            }

            var id = (await created.ReadAsync<IssuedApiTokenDto>()).Token.Id;
            return await c.PostAsync($"/api/v1/tokens/{id}/revoke", null);
        }),
    };

    /// <summary>The routes the matrix covers; <see cref="RouteCoverageTests"/> checks no API route is missing.</summary>
    public static readonly string[] Routes = [
        "GET /api/v1/organisations/",
        "GET /api/v1/organisations/{id:guid}",
        "POST /api/v1/organisations/",
        "PUT /api/v1/organisations/{id:guid}",
        "POST /api/v1/organisations/{id:guid}/archive",
        "GET /api/v1/hazardous-areas/",
        "GET /api/v1/hazardous-areas/{id:guid}",
        "POST /api/v1/hazardous-areas/",
        "PUT /api/v1/hazardous-areas/{id:guid}",
        "POST /api/v1/hazardous-areas/{id:guid}/confirm",
        "POST /api/v1/hazardous-areas/{id:guid}/marking",
        "POST /api/v1/hazardous-areas/{id:guid}/archive",
        "POST /api/v1/hazardous-areas/{id:guid}/approve",
        "POST /api/v1/hazardous-areas/{id:guid}/return",
        "GET /api/v1/admin-areas",
        "POST /api/v1/admin-areas/boundaries",
        "GET /api/v1/admin-areas/mismatches",
        "GET /api/v1/programme/settings",
        "PUT /api/v1/programme/settings",
        "GET /api/v1/programme/logo",
        "PUT /api/v1/programme/logo",
        "DELETE /api/v1/programme/logo",
        "GET /api/v1/programme/setup-checklist",
        "POST /api/v1/imports/",
        "GET /api/v1/imports/",
        "GET /api/v1/imports/{id:guid}",
        "GET /api/v1/imports/{id:guid}/problems",
        "GET /api/v1/imports/{id:guid}/problems.csv",
        "POST /api/v1/imports/{id:guid}/commit",
        "POST /api/v1/imports/{id:guid}/cancel",
        "GET /api/v1/imports/records/{recordType}.csv",
        "GET /api/v1/imports/templates/{recordType}.csv",
        "GET /api/v1/imports/templates/{recordType}.xlsx",
        "GET /api/v1/field-forms/",
        "GET /api/v1/field-forms/{id}.xlsx",
        "GET /api/v1/audit",
        "GET /api/v1/tokens/",
        "POST /api/v1/tokens/",
        "POST /api/v1/tokens/{id:guid}/revoke",
        "GET /api/v1/users/",
        "POST /api/v1/users/",
        "PUT /api/v1/users/{id:guid}/roles",
        "POST /api/v1/users/{id:guid}/lock",
        "POST /api/v1/users/{id:guid}/unlock",
        "GET /api/v1/activities/",
        "GET /api/v1/activities/{id:guid}",
        "POST /api/v1/activities/",
        "PUT /api/v1/activities/{id:guid}/plan",
        "POST /api/v1/activities/{id:guid}/status",
        "POST /api/v1/activities/{id:guid}/approve",
        "POST /api/v1/activities/{id:guid}/return",
        "POST /api/v1/activities/{id:guid}/products",
        "GET /api/v1/activities/{id:guid}/devices",
        "POST /api/v1/activities/{id:guid}/devices",
        "POST /api/v1/devices/{id:guid}/disposal",
        "POST /api/v1/devices/{id:guid}/approve",
        "POST /api/v1/devices/{id:guid}/return",
        "POST /api/v1/products/{id:guid}/approve",
        "POST /api/v1/products/{id:guid}/return",
        "POST /api/v1/products/{id:guid}/archive",
        "GET /api/v1/land-release/summary",
        "GET /api/v1/accidents/",
        "POST /api/v1/assistance-cases/",
        "GET /api/v1/assistance-cases/{id:guid}",
        "POST /api/v1/assistance-cases/{id:guid}/services",
        "POST /api/v1/assistance-cases/{id:guid}/follow-up",
        "POST /api/v1/assistance-cases/{id:guid}/close",
        "POST /api/v1/assistance-cases/{id:guid}/referrals",
        "POST /api/v1/assistance-cases/{id:guid}/referrals/{referralId:guid}/status",
        "GET /api/v1/assistance-cases/",
        "GET /api/v1/assistance-cases/overdue",
        "GET /api/v1/assistance-cases/statistics",
        "GET /api/v1/assistance-cases/statistics.csv",
        "POST /api/v1/eore-sessions/",
        "POST /api/v1/eore-sessions/{id:guid}/approve",
        "POST /api/v1/eore-sessions/{id:guid}/return",
        "GET /api/v1/eore-sessions/totals",
        "GET /api/v1/eore-sessions/totals.csv",
        "POST /api/v1/accidents/",
        "GET /api/v1/accidents/{id:guid}",
        "POST /api/v1/accidents/{id:guid}/casualties",
        "GET /api/v1/casualties/",
        "GET /api/v1/casualties/{id:guid}",
        "GET /api/v1/products/{id:guid}",
        "GET /api/v1/devices/{id:guid}",
        "GET /api/v1/eore-sessions/{id:guid}",
        "GET /api/v1/accreditations/{id:guid}",
        "GET /api/v1/quality/visits/{id:guid}",
        "GET /api/v1/funds/{id:guid}",
        "GET /api/v1/exchange-rates/{id:guid}",
        "GET /api/v1/funds/",
        "POST /api/v1/funds/",
        "POST /api/v1/funds/{id:guid}/archive",
        "POST /api/v1/projects/{id:guid}/archive",
        "GET /api/v1/exchange-rates/",
        "POST /api/v1/exchange-rates/",
        "POST /api/v1/exchange-rates/import",
        "GET /api/v1/contributions/",
        "POST /api/v1/contributions/",
        "GET /api/v1/contributions/{id:guid}",
        "POST /api/v1/contributions/{id:guid}/transactions",
        "PUT /api/v1/contributions/{id:guid}",
        "POST /api/v1/contributions/{id:guid}/archive",
        "POST /api/v1/transactions/{id:guid}/archive",
        "GET /api/v1/projects/",
        "GET /api/v1/projects/link-candidates",
        "POST /api/v1/projects/",
        "GET /api/v1/projects/{id:guid}",
        "PUT /api/v1/projects/{id:guid}",
        "POST /api/v1/projects/{id:guid}/links",
        "POST /api/v1/projects/{id:guid}/unlink",
        "GET /api/v1/reports/land-release/{year:int}",
        "GET /api/v1/reports/land-release/{year:int}/cells/{cell}/records",
        "GET /api/v1/stockpiles/lots/",
        "GET /api/v1/stockpiles/lots/{id:guid}",
        "POST /api/v1/stockpiles/lots/",
        "POST /api/v1/stockpiles/lots/{id:guid}/archive",
        "POST /api/v1/stockpiles/lots/{id:guid}/movements",
        "POST /api/v1/stockpiles/movements/{id:guid}/approve",
        "POST /api/v1/stockpiles/movements/{id:guid}/return",
        "POST /api/v1/stockpiles/movements/{id:guid}/archive",
        "GET /api/v1/reports/article7/apmbc/{year:int}/",
        "GET /api/v1/reports/article7/apmbc/{year:int}/cells/{cell}/records",
        "PUT /api/v1/reports/article7/apmbc/{year:int}/texts/{form}",
        "POST /api/v1/reports/article7/apmbc/{year:int}/editions/",
        "GET /api/v1/reports/article7/apmbc/{year:int}/editions/",
        "GET /api/v1/reports/article7/apmbc/{year:int}/editions/{number:int}",
        "GET /api/v1/reports/article7/apmbc/{year:int}/editions/{number:int}/changes",
        "GET /api/v1/reports/article7/ccm/{year:int}/",
        "GET /api/v1/reports/article7/ccm/{year:int}/cells/{cell}/records",
        "PUT /api/v1/reports/article7/ccm/{year:int}/texts/{form}",
        "POST /api/v1/reports/article7/ccm/{year:int}/editions/",
        "GET /api/v1/reports/article7/ccm/{year:int}/editions/",
        "GET /api/v1/reports/article7/ccm/{year:int}/editions/{number:int}",
        "GET /api/v1/reports/article7/ccm/{year:int}/editions/{number:int}/changes",
        "GET /api/v1/reports/article7/apmbc/{year:int}/report.xlsx",
        "GET /api/v1/reports/article7/apmbc/{year:int}/editions/{number:int}/report.xlsx",
        "GET /api/v1/reports/article7/apmbc/{year:int}/report.html",
        "GET /api/v1/reports/article7/apmbc/{year:int}/editions/{number:int}/report.html",
        "GET /api/v1/reports/article7/ccm/{year:int}/report.xlsx",
        "GET /api/v1/reports/article7/ccm/{year:int}/editions/{number:int}/report.xlsx",
        "GET /api/v1/reports/article7/ccm/{year:int}/report.html",
        "GET /api/v1/reports/article7/ccm/{year:int}/editions/{number:int}/report.html",
        "GET /api/v1/reports/donor",
        "GET /api/v1/reports/donor.csv",
        "GET /api/v1/reports/donor.xlsx",
        "GET /api/v1/iati/activities.xml",
        "GET /api/v1/casualties/statistics",
        "GET /api/v1/casualties/statistics.csv",
        "GET /api/v1/tasks/summary",
        "GET /api/v1/organisations/performance",
        "POST /api/v1/capacity/",
        "GET /api/v1/capacity/trend",
        "GET /api/v1/quality/visits",
        "POST /api/v1/quality/visits",
        "GET /api/v1/quality/non-conformities",
        "POST /api/v1/quality/non-conformities/{id:guid}/close",
        "GET /api/v1/review/submissions",
        "GET /api/v1/dashboard/",
        "GET /api/v1/dashboard/{chart}.csv",
        "GET /api/v1/map/",
        "GET /api/v1/map/{layer}",
        "GET /api/v1/review/counts",
        "POST /api/v1/review/decisions",
        "GET /api/v1/accreditations/",
        "POST /api/v1/accreditations/",
        "POST /api/v1/accreditations/{id:guid}/status",
        "GET /api/v1/tasks/",
        "GET /api/v1/tasks/{id:guid}",
        "POST /api/v1/tasks/",
        "POST /api/v1/tasks/{id:guid}/status",
        "GET /api/v1/hazardous-areas/export.csv",
        "GET /api/v1/hazardous-areas/export.geojson",
        "GET /api/v1/land-release/released-land.geojson",
        "GET /api/v1/land-release/devices.geojson",
        "GET /api/v1/accidents/export.geojson",
        "GET /api/v1/organisations/export.csv",
        "GET /api/v1/land-release/contamination",
        "GET /api/v1/land-release/reconciliation",
        "GET /api/v1/hazardous-areas/{id:guid}/land-release",
        "POST /api/v1/hazardous-areas/{id:guid}/close",
        "POST /api/v1/hazardous-areas/{id:guid}/hand-over",
        "POST /api/v1/hazardous-areas/{id:guid}/reopen",
    ];

    /// <summary>One commune (level 3) in Kandara Southwest: loading it again changes nothing, so the matrix can send it as often as it likes.</summary>
    private static int _imports;

    /// <summary>
    /// A record type each importing role brings in, tried in this order — hazards (data entry), accidents (victim assistance officers),
    /// contributions (donor reporting officers) — with the header of a file of it: its first column, then the others.
    /// </summary>
    private static readonly (string Type, string FirstColumn, string OtherColumns)[] ImportedTypes =
    [
        ("HazardousAreas", "external_id", ",name,geometry,organisation,evidence,recorded_on\n"),
        ("Accidents", "external_id", ",occurred_on,longitude,latitude,device_category,activity_at_time,killed,injured\n"),
        ("Contributions", "reference", ",donor,fund,currency,amount\n"),
    ];

    /// <summary>The first answer to <paramref name="send"/> over <see cref="ImportedTypes"/> that is not 403 (or the last 403).</summary>
    private static async Task<HttpResponseMessage> FirstImportedTypeAsync(
        Func<(string Type, string FirstColumn, string OtherColumns), Task<HttpResponseMessage>> send)
    {
        HttpResponseMessage response = null!;
        foreach (var type in ImportedTypes)
        {
            response = await send(type);
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                break;
            }
        }

        return response;
    }

    /// <summary>The records of a type the role imports, in the import's columns.</summary>
    private static Task<HttpResponseMessage> OwnRecordsAsync(HttpClient c) =>
        FirstImportedTypeAsync(t => c.GetAsync($"/api/v1/imports/records/{t.Type}.csv"));

    /// <summary>
    /// Uploads an (empty) file of a record type the role imports as this client and, once it is checked, calls <paramref name="then"/> on
    /// it (GET, or POST for commit and cancel); a role that may not import gets the upload's own 403.
    /// </summary>
    private static async Task<HttpResponseMessage> OwnImportAsync(HttpClient c, string? then = null)
    {
        // A header alone (nothing to write), made unique by the spaces after a column name (they are trimmed): never ALREADY_IMPORTED.
        var unique = new string(' ', Interlocked.Increment(ref _imports));
        var upload = await FirstImportedTypeAsync(t => c.PostAsync($"/api/v1/imports?recordType={t.Type}&fileName=matrix-{Guid.NewGuid():N}.csv",
            new StringContent($"{t.FirstColumn}{unique}{t.OtherColumns}", System.Text.Encoding.UTF8, "text/csv")));
        if (then is null || !upload.IsSuccessStatusCode)
        {
            return upload;
        }

        var id = (await upload.JsonAsync())["id"]!.GetValue<Guid>();
        for (var i = 0; i < 300 && (await c.GetAsync<JsonObject>($"/api/v1/imports/{id}"))["state"]!.GetValue<string>() is "Queued" or "Validating"; i++)
        {
            await Task.Delay(100);
        }

        return then is "/commit" or "/cancel" ? await c.PostAsync($"/api/v1/imports/{id}{then}", null) : await c.GetAsync($"/api/v1/imports/{id}{then}");
    }

    private static readonly object TarseniaSettings = new
    {
        name = "Tarsenia National Mine Action Programme", countryCode = "XTA", reportingCurrency = "USD", defaultClearanceDepthCm = 13,
        priorityPerLandUseBlocked = 2.0, priorityPerBeneficiaryMagnitude = 3.0, priorityPerAccidentNearby = 5.0, iatiReportingOrganisation = "NMAA",
        iatiReportingOrgRef = "XI-IATI-NMAA-TARSENIA", iatiReportingOrgType = 10, iatiRecipientCountry = "TH",
    };

    /// <summary>A 1×1 PNG.</summary>
    private static ByteArrayContent Logo()
    {
        var content = new ByteArrayContent(Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        return content;
    }

    private static ByteArrayContent Commune()
    {
        var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes("""
            {"type":"FeatureCollection","features":[{"type":"Feature",
             "properties":{"ADM3_PCODE":"XTA-01-01-01","ADM3_EN":"Phum Kor","ADM2_PCODE":"XTA-01-01"},
             "geometry":{"type":"Polygon","coordinates":[[[100.0,12.0],[100.1,12.0],[100.1,12.1],[100.0,12.1],[100.0,12.0]]]}}]}
            """));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/geo+json");
        return content;
    }

    private static object NewUser() => new
    {
        email = $"matrix{Scenario.Next()}@tarsenia.example", displayName = "Matrix user", roles = new[] { Roles.Viewer },
        password = "Matrix-Password-2026",
    };

    private async Task<Guid> NewUserIdAsync()
    {
        return (await app.ClientFor(Roles.Administrator).PostAsync<UserDto>("/api/v1/users", NewUser())).Id;
    }

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in Routes)
        {
            foreach (var role in Roles.All.Append(Anonymous))
            {
                data.Add(endpoint, role);
            }
        }

        return data;
    }

    [Fact]
    public void The_route_list_names_every_call_of_the_matrix_once()
    {
        Assert.Equal(Routes.Length, Routes.Distinct().Count());
        Assert.Equal(Routes.Order(), Endpoints().Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_gets_exactly_the_access_it_should(string endpoint, string role)
    {
        var (allowed, call) = Endpoints()[endpoint];
        var client = role == Anonymous ? app.CreateClient() : app.ClientFor(role);

        using var response = await call(client);

        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (role == Anonymous)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{endpoint} without sign-in gave {status}: {body}");
        }
        else if (allowed.Contains(role))
        {
            Assert.True(status is >= 200 and < 300, $"{endpoint} as {role} should succeed but gave {status}: {body}");
        }
        else
        {
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{endpoint} as {role} should be forbidden but gave {status}: {body}");
        }

        // What a generated client expects: every answer is documented for the operation, with the ETag the document promises.
        var documented = OpenApiDoc.Operation(await OpenApiDoc.LoadAsync(app), endpoint)!["responses"]!.AsObject();
        Assert.True(documented.ContainsKey($"{status}"), $"{endpoint} answered {status}, which its OpenAPI operation does not document");
        if (documented[$"{status}"]?["headers"]?["ETag"] is not null)
        {
            Assert.True(response.Headers.ETag is not null, $"{endpoint} documents an ETag on {status} but sent none");
        }
    }

}
