using MineAction.Application.Auditing;
using MineAction.Application.Hazards;
using MineAction.Application.Organisations;

namespace MineAction.Api.Tests.Auditing;

/// <summary>Every insert, update, archive and review leaves an audit row: who, when, fields old → new, reason.</summary>
public sealed class AuditTrailTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Scenario _s = new(app);

    private async Task<List<GetAuditTrail.AuditEntryDto>> TrailAsync(string entity, Guid id) =>
        [.. (await _s.Im.GetAsync<PagedResult<GetAuditTrail.AuditEntryDto>>($"/api/v1/audit?entity={entity}&id={id}&pageSize=500")).Items.Reverse()];

    private static string? Change(GetAuditTrail.AuditEntryDto entry, string field, string side) =>
        entry.Changes.GetProperty(field).GetProperty(side).ToString();

    /// <summary>An organisation created, renamed and archived by the information manager.</summary>
    private async Task<(OrganisationDto Organisation, List<GetAuditTrail.AuditEntryDto> Trail)> OrganisationHistoryAsync()
    {
        var org = await _s.NewOrganisationAsync();
        var current = await _s.Im.GetAsync($"/api/v1/organisations/{org.Id}");
        await _s.Im.PutJsonAsync($"/api/v1/organisations/{org.Id}",
            new { name = "Renamed for audit", acronym = org.Acronym, type = "NationalNgo", countryCode = "XTA" }, current.Headers.ETag!.ToString());
        await _s.Im.PostAsJsonAsync($"/api/v1/organisations/{org.Id}/archive", new { reason = "Merged into TDO" });
        return (org, await TrailAsync("Organisation", org.Id));
    }

    [Fact]
    public async Task Every_write_leaves_a_row_naming_who_made_it()
    {
        var (_, trail) = await OrganisationHistoryAsync();
        Assert.Equal(["Created", "Updated", "Archived"], trail.Select(e => e.Action));
        Assert.All(trail, e => Assert.Equal("im@tarsenia.example", e.UserName));
    }

    [Fact]
    public async Task An_update_lists_the_changed_fields_old_and_new_only()
    {
        var (org, trail) = await OrganisationHistoryAsync();
        Assert.Equal(org.Name, Change(trail[0], "name", "new"));
        Assert.Equal((org.Name, "Renamed for audit"), (Change(trail[1], "name", "old"), Change(trail[1], "name", "new")));
        Assert.False(trail[1].Changes.TryGetProperty("acronym", out _), "unchanged fields are not listed");
    }

    [Fact]
    public async Task An_archive_keeps_its_reason()
    {
        var (_, trail) = await OrganisationHistoryAsync();
        Assert.Equal("Merged into TDO", trail[2].Reason);
    }

    [Fact]
    public async Task A_hazards_review_cycle_is_audited_step_by_step()
    {
        var hazard = await _s.NewHazardAsync();
        var id = hazard.Summary.Id;
        await _s.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{id}/return", new { comment = "Add the source report" });
        var returned = await _s.Operator.GetAsync($"/api/v1/hazardous-areas/{id}");
        await _s.Operator.PutJsonAsync($"/api/v1/hazardous-areas/{id}", Scenario.HazardBody(hazard, "With source"), returned.Headers.ETag!.ToString());
        await _s.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{id}/approve", new { comment = "OK" });
        await _s.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{id}/confirm", new { confirmedOn = "2024-03-01", note = "PMN found" }).ReadAsync<HazardDetailDto>();

        var trail = await TrailAsync("HazardousArea", id);

        Assert.Equal(["Created", "Returned", "Updated", "Approved", "Updated"], trail.Select(e => e.Action));
        Assert.Equal("operator.halo@tarsenia.example", trail[0].UserName);
        Assert.Equal("MultiPolygon", trail[0].Changes.GetProperty("geometry").GetProperty("new").GetProperty("type").GetString());
        Assert.Equal("Add the source report", trail[1].Reason);
        Assert.Equal(("Returned", "Submitted"), (Change(trail[2], "approvalStatus", "old"), Change(trail[2], "approvalStatus", "new")));
        Assert.Equal(("SHA", "CHA"), (Change(trail[4], "type", "old"), Change(trail[4], "type", "new")));
    }

    [Fact]
    public async Task A_rejected_write_leaves_no_audit_row()
    {
        var before = (await _s.Im.GetAsync<PagedResult<GetAuditTrail.AuditEntryDto>>("/api/v1/audit?pageSize=1")).TotalCount;
        await (await _s.Im.PostAsJsonAsync("/api/v1/organisations", new { name = "x" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, (await _s.Im.GetAsync<PagedResult<GetAuditTrail.AuditEntryDto>>("/api/v1/audit?pageSize=1")).TotalCount);
    }

    [Fact]
    public async Task Operators_cannot_read_the_audit_trail() =>
        await (await app.ClientFor(Roles.OperatorDataEntry).GetAsync("/api/v1/audit")).ProblemAsync(HttpStatusCode.Forbidden);
}
