namespace MineAction.Api.Tests.LandRelease;

/// <summary>Activities, devices and the hazard's life: closure proposed and confirmed, hand-over, re-opening.</summary>
public sealed class LifecycleTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Ledger _l = new(app);

    private async Task<string> StepAsync(Guid hazard, string step, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await _l.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{hazard}/{step}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{step}: {(int)response.StatusCode} {text}");
        return text;
    }

    [Fact]
    public async Task A_fully_released_hazard_is_proposed_for_closure_then_closed_handed_over_and_reopened_with_a_reason()
    {
        var (hazard, lon, lat, _) = await _l.HazardAsync();
        var nts = await _l.ActivityAsync(hazard, "NTS");
        var clearance = await _l.ActivityAsync(hazard);
        await _l.ReleaseAsync(nts, Ledger.Rectangle(lon, lat, lon + 0.006, lat + 0.01), "Cancelled", null, "2024-02-01");
        Assert.Contains("LAND_REMAINS", await StepAsync(hazard, "close", new { date = "2024-06-01" }, HttpStatusCode.UnprocessableEntity));

        await _l.ReleaseAsync(clearance, Ledger.Rectangle(lon + 0.006, lat, lon + 0.01, lat + 0.01), "Cleared", 15, "2024-05-01");
        var view = await _l.LandReleaseAsync(hazard);
        Assert.True(view["closureProposed"]!.GetValue<bool>());
        Assert.True(view["remainingM2"]!.GetValue<double>() < 1);
        Assert.Equal(view["areaM2"]!.GetValue<double>(), view["approved"]!["releasedM2"]!.GetValue<double>(), 0);

        Assert.Contains("ClosedReleased", await StepAsync(hazard, "close", new { date = "2024-06-01" }));
        Assert.Contains("DATE_ORDER", await StepAsync(hazard, "hand-over", new { date = "2024-05-01" }, HttpStatusCode.UnprocessableEntity));
        Assert.Contains("HandedOver", await StepAsync(hazard, "hand-over", new { date = "2024-07-15", reason = "Handed to Phum Kor village chief" }));
        await (await _l.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{hazard}/reopen", new { date = "2025-01-10" })).FieldErrorAsync("reason");
        Assert.Contains("\"status\":\"Open\"", await StepAsync(hazard, "reopen", new { date = "2025-01-10", reason = "PMN-2 found by a farmer after release" }));

        // Re-opened land counts as contaminated again and can be released anew.
        var reopened = await _l.LandReleaseAsync(hazard);
        Assert.Equal(reopened["areaM2"]!.GetValue<double>(), reopened["remainingM2"]!.GetValue<double>(), 3);
        Assert.False(reopened["closureProposed"]!.GetValue<bool>());
        Assert.All(reopened["products"]!.AsArray(), p => Assert.Equal("2025-01-10", p!["supersededOn"]!.GetValue<string>()));
        var again = await _l.ActivityAsync(hazard, startedOn: "2025-01-12");
        Assert.Equal(HttpStatusCode.Created, (await _l.ReleaseAsync(again, Ledger.Rectangle(lon, lat, lon + 0.002, lat + 0.002), "Cleared", 20, "2025-02-01")).StatusCode);

        var trail = await (await _l.Im.GetAsync($"/api/v1/audit?entity=HazardousArea&id={hazard}")).JsonAsync();
        Assert.Contains(trail["items"]!.AsArray(), e => e!["reason"]?.GetValue<string>() == "PMN-2 found by a farmer after release");
    }

    [Fact]
    public async Task Only_the_nmaa_changes_a_hazards_status()
    {
        var (hazard, _, _, _) = await _l.HazardAsync();
        var response = await app.ClientFor(Roles.OperatorDataEntry).PostAsJsonAsync($"/api/v1/hazardous-areas/{hazard}/close", new { date = "2024-06-01" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_activity_completes_only_when_every_device_is_disposed_of()
    {
        var (hazard, _, _, _) = await _l.HazardAsync();
        var activity = await _l.ActivityAsync(hazard, client: _l.Operator);
        var device = await (await _l.Operator.PostAsJsonAsync($"/api/v1/activities/{activity["id"]}/devices", new
        {
            category = "AntiPersonnelMine", model = "PMN-2", quantity = 3, foundOn = "2024-02-01", depthCm = 8, condition = "Armed",
            location = new { type = "Point", coordinates = new[] { 100.1, 12.1 } },
        })).JsonAsync();
        Assert.Equal(3, device["quantity"]!.GetValue<int>());
        Assert.Equal(100.1, device["longitude"]!.GetValue<double>(), 6);

        var early = await _l.Operator.PostAsJsonAsync($"/api/v1/activities/{activity["id"]}/status", new { status = "Completed", date = "2024-03-01" });
        Assert.Equal("DEVICES_NOT_DISPOSED", (await early.ProblemAsync(HttpStatusCode.UnprocessableEntity))["code"]!.GetValue<string>());

        var disposed = await _l.Operator.PostAsJsonAsync($"/api/v1/devices/{device["id"]}/disposal", new { method = "DestroyedInSitu", disposedOn = "2024-02-02" });
        Assert.Equal(HttpStatusCode.OK, disposed.StatusCode);
        var done = await _l.Operator.PostAsJsonAsync($"/api/v1/activities/{activity["id"]}/status", new { status = "Completed", date = "2024-03-01" });
        var completed = await done.JsonAsync();
        Assert.Equal("Completed", completed["status"]!.GetValue<string>());
        Assert.Equal(0, completed["devicesAwaitingDisposal"]!.GetValue<int>());
        Assert.Equal(3, completed["devicesFound"]!.GetValue<int>());

        var again = await _l.Operator.PostAsJsonAsync($"/api/v1/activities/{activity["id"]}/status", new { status = "Suspended" });
        Assert.Equal("ILLEGAL_TRANSITION", (await again.ProblemAsync(HttpStatusCode.UnprocessableEntity))["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"category":"Landmine","quantity":1,"foundOn":"2024-02-01"}""", "category")]
    [InlineData("""{"category":"AntiPersonnelMine","quantity":0,"foundOn":"2024-02-01"}""", "quantity")]
    [InlineData("""{"category":"AntiPersonnelMine","quantity":1}""", "foundOn")]
    [InlineData("""{"category":"AntiPersonnelMine","quantity":1,"foundOn":"2024-02-01","location":{"type":"Polygon","coordinates":[]}}""", "location")]
    [InlineData("""{"category":"AntiPersonnelMine","quantity":1,"foundOn":"2024-02-01","disposalMethod":"Burnt"}""", "disposalMethod")]
    public async Task Bad_device_records_are_a_400_naming_the_field(string json, string field)
    {
        var (hazard, _, _, _) = await _l.HazardAsync();
        var activity = await _l.ActivityAsync(hazard);
        await (await _l.Im.PostJsonAsync($"/api/v1/activities/{activity["id"]}/devices", json)).FieldErrorAsync(field);
    }

    [Fact]
    public async Task Activities_go_on_open_hazards_only_and_validate_their_plan()
    {
        var (hazard, _, _, _) = await _l.HazardAsync();
        var t = await Tarsenia.LoadAsync(app);
        await (await _l.Im.PostAsJsonAsync("/api/v1/activities", new { hazardousAreaId = hazard, organisationId = t.Halo, type = "Survey" })).FieldErrorAsync("type");
        await (await _l.Im.PostAsJsonAsync("/api/v1/activities", new { hazardousAreaId = Guid.NewGuid(), organisationId = t.Halo, type = "TS" })).FieldErrorAsync("hazardousAreaId");
        await (await _l.Im.PostAsJsonAsync("/api/v1/activities", new
        {
            hazardousAreaId = hazard, organisationId = t.Halo, type = "TS", plannedStart = "2024-05-01", plannedEnd = "2024-04-01",
        })).FieldErrorAsync("plannedEnd");
        await (await _l.Im.PostAsJsonAsync("/api/v1/activities", new { hazardousAreaId = hazard, organisationId = t.Halo, type = "TS", specifiedDepthCm = -1 }))
            .FieldErrorAsync("specifiedDepthCm");

        var created = await (await _l.Im.PostAsJsonAsync("/api/v1/activities", new { hazardousAreaId = hazard, organisationId = t.Halo, type = "TS" })).JsonAsync();
        Assert.Equal(13, created["specifiedDepthCm"]!.GetValue<int>());
        Assert.Equal("Planned", created["status"]!.GetValue<string>());

        var forTdo = await _l.Operator.PostAsJsonAsync("/api/v1/activities", new { hazardousAreaId = hazard, organisationId = t.Tdo, type = "TS" });
        Assert.Equal(HttpStatusCode.Forbidden, forTdo.StatusCode);
    }

    [Fact]
    public async Task An_operators_report_counts_only_once_approved()
    {
        var (hazard, lon, lat, _) = await _l.HazardAsync();
        var activity = await _l.ActivityAsync(hazard, client: _l.Operator);
        Assert.Equal("Submitted", activity["approvalStatus"]!.GetValue<string>());
        await _l.ReleaseAsync(activity, Ledger.Rectangle(lon, lat, lon + 0.005, lat + 0.005), client: _l.Operator);

        var view = await _l.LandReleaseAsync(hazard);
        Assert.Equal(0, view["approved"]!["releasedM2"]!.GetValue<double>());
        Assert.True(view["recorded"]!["releasedM2"]!.GetValue<double>() > 0);

        var approved = await _l.Im.PostAsJsonAsync($"/api/v1/activities/{activity["id"]}/approve", new { });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.True((await _l.LandReleaseAsync(hazard))["approved"]!["releasedM2"]!.GetValue<double>() > 0);
    }
}
