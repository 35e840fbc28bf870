namespace MineAction.Api.Tests.Auditing;

/// <summary>Every insert, update, archive and review leaves an audit row: who, when, fields old → new, reason.</summary>
public sealed class AuditTrailTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Scenario _s = new(app);

    private async Task<List<JsonNode>> TrailAsync(string entity, Guid id)
    {
        var page = await (await _s.Im.GetAsync($"/api/v1/audit?entity={entity}&id={id}&pageSize=500")).JsonAsync();
        return page["items"]!.AsArray().Select(i => i!).Reverse().ToList();
    }

    [Fact]
    public async Task Organisation_writes_are_audited_with_fields_and_reason()
    {
        var org = await _s.NewOrganisationAsync();
        var id = Scenario.IdOf(org);
        var current = await _s.Im.GetAsync($"/api/v1/organisations/{id}");
        await _s.Im.PutJsonAsync($"/api/v1/organisations/{id}",
            new { name = "Renamed for audit", acronym = org["acronym"]!.GetValue<string>(), type = "NationalNgo", countryCode = "XTA" },
            current.Headers.ETag!.ToString());
        await _s.Im.PostAsJsonAsync($"/api/v1/organisations/{id}/archive", new { reason = "Merged into TDO" });

        var trail = await TrailAsync("Organisation", id);

        Assert.Equal(["Created", "Updated", "Archived"], trail.Select(e => e["action"]!.GetValue<string>()));
        Assert.All(trail, e => Assert.Equal("im@tarsenia.example", e["userName"]!.GetValue<string>()));
        Assert.Equal(org["name"]!.GetValue<string>(), trail[0]["changes"]!["name"]!["new"]!.GetValue<string>());
        Assert.Equal(org["name"]!.GetValue<string>(), trail[1]["changes"]!["name"]!["old"]!.GetValue<string>());
        Assert.Equal("Renamed for audit", trail[1]["changes"]!["name"]!["new"]!.GetValue<string>());
        Assert.False(trail[1]["changes"]!.AsObject().ContainsKey("acronym"), "unchanged fields are not listed");
        Assert.Equal("Merged into TDO", trail[2]["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Hazard_lifecycle_is_audited()
    {
        var hazard = await _s.NewHazardAsync();
        var id = Scenario.IdOf(hazard);
        await _s.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{id}/return", new { comment = "Add the source report" });
        var returned = await _s.Operator.GetAsync($"/api/v1/hazardous-areas/{id}");
        await _s.Operator.PutJsonAsync($"/api/v1/hazardous-areas/{id}", Scenario.HazardBody(hazard, "With source"), returned.Headers.ETag!.ToString());
        await _s.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{id}/approve", new { comment = "OK" });
        await _s.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{id}/confirm", new { confirmedOn = "2024-03-01", note = "PMN found" });

        var trail = await TrailAsync("HazardousArea", id);

        Assert.Equal(["Created", "Returned", "Updated", "Approved", "Updated"], trail.Select(e => e["action"]!.GetValue<string>()));
        Assert.Equal("operator.halo@tarsenia.example", trail[0]["userName"]!.GetValue<string>());
        Assert.Equal("MultiPolygon", trail[0]["changes"]!["geometry"]!["new"]!["type"]!.GetValue<string>());
        Assert.Equal("Add the source report", trail[1]["reason"]!.GetValue<string>());
        Assert.Equal("Returned", trail[2]["changes"]!["approvalStatus"]!["old"]!.GetValue<string>());
        Assert.Equal("Submitted", trail[2]["changes"]!["approvalStatus"]!["new"]!.GetValue<string>());
        Assert.Equal("SHA", trail[4]["changes"]!["type"]!["old"]!.GetValue<string>());
        Assert.Equal("CHA", trail[4]["changes"]!["type"]!["new"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_rejected_write_leaves_no_audit_row()
    {
        var before = (await (await _s.Im.GetAsync("/api/v1/audit?pageSize=1")).JsonAsync())["totalCount"]!.GetValue<int>();
        await (await _s.Im.PostAsJsonAsync("/api/v1/organisations", new { name = "x" })).ProblemAsync(HttpStatusCode.BadRequest);
        var after = (await (await _s.Im.GetAsync("/api/v1/audit?pageSize=1")).JsonAsync())["totalCount"]!.GetValue<int>();
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Operators_cannot_read_the_audit_trail() =>
        await (await app.ClientFor(Roles.OperatorDataEntry).GetAsync("/api/v1/audit")).ProblemAsync(HttpStatusCode.Forbidden);
}
