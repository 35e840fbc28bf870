using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using MineAction.Application.Hazards;
using MineAction.Application.Reporting;

namespace MineAction.Api.Tests.Reporting;

/// <summary>Submitted editions print identically later, list what late corrections changed with the records responsible, and never change.</summary>
public sealed class ReportEditionTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private const string Report = "/api/v1/reports/article7/apmbc/2024";
    private readonly Ledger _l = new(app);

    /// <summary>A Veyra hazard fully released in 2024 and handed over, so that re-opening it in November puts it back in Form C.</summary>
    private async Task<(Guid Hazard, double AreaM2)> HandedOverHazardAsync()
    {
        var t = await Tarsenia.LoadAsync(app);
        var (hazard, lon, lat, area) = await _l.HazardAsync(t.Veyra);
        await _l.ReleaseOkAsync(await _l.ActivityAsync(hazard, "NTS"), Ledger.Rectangle(lon, lat, lon + 0.006, lat + 0.01), "Cancelled", null, "2024-02-01");
        await _l.ReleaseOkAsync(await _l.ActivityAsync(hazard), Ledger.Rectangle(lon + 0.006, lat, lon + 0.01, lat + 0.01), "Cleared", 15, "2024-05-01");
        await _l.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{hazard}/close", new { date = "2024-06-01" }).ReadAsync<HazardDetailDto>();
        await _l.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{hazard}/hand-over", new { date = "2024-07-15", reason = "Handed to the village" })
            .ReadAsync<HazardDetailDto>();
        return (hazard, area);
    }

    [Fact]
    public async Task An_edition_prints_as_submitted_and_lists_the_figures_a_reopened_hazard_changed()
    {
        var (hazard, area) = await HandedOverHazardAsync();
        var live = await _l.Im.GetStringAsync(Report);

        var first = await _l.Im.PostAsync<ReportEditions.EditionDto>($"{Report}/editions", new { });
        Assert.Equal(1, first.Number);
        var printed = await _l.Im.GetByteArrayAsync($"{Report}/editions/1");
        var page = await _l.Im.GetStringAsync($"{Report}/editions/1/report.html");
        Assert.Contains(first.ContentSha256, page, StringComparison.Ordinal);
        Assert.Equal(first.ContentSha256, Convert.ToHexStringLower(SHA256.HashData(printed)));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(live), JsonNode.Parse(printed)), "the edition is the report as it stood");
        Assert.Empty((await _l.Im.GetAsync<ReportEditions.ChangesDto>($"{Report}/editions/1/changes")).Cells);

        await _l.Im.PostAsJsonAsync($"/api/v1/hazardous-areas/{hazard}/reopen", new { date = "2024-11-01", reason = "PMN-2 found by a farmer" })
            .ReadAsync<HazardDetailDto>();

        Assert.Equal(printed, await _l.Im.GetByteArrayAsync($"{Report}/editions/1"));
        Assert.Equal(page, await _l.Im.GetStringAsync($"{Report}/editions/1/report.html"));
        Assert.NotEqual(page, await _l.Im.GetStringAsync($"{Report}/report.html"));
        var changes = await _l.Im.GetAsync<ReportEditions.ChangesDto>($"{Report}/editions/1/changes");
        var count = Assert.Single(changes.Cells, c => c.Cell == "C.XTA-05.shaCount");
        Assert.Equal((0m, 1m), (count.Submitted, count.Now));
        var areaChange = Assert.Single(changes.Cells, c => c.Cell == "C.XTA-05.shaAreaM2");
        Assert.Equal(Math.Round((decimal)area, 2, MidpointRounding.AwayFromZero), areaChange.Now - areaChange.Submitted);
        var responsible = Assert.Single(areaChange.Records);
        Assert.Equal(("HazardousArea", hazard, 0m), (responsible.RecordType, responsible.RecordId, responsible.Submitted));
        Assert.Contains(changes.Cells, c => c.Cell == "C2.SHA.closingM2");
        Assert.DoesNotContain(changes.Cells, c => c.Cell.StartsWith("F.", StringComparison.Ordinal)); // the land was released in 2024 all the same

        var second = await _l.Im.PostAsync<ReportEditions.EditionDto>($"{Report}/editions", new { });
        Assert.Equal(2, second.Number);
        Assert.NotEqual(first.ContentSha256, second.ContentSha256);
        Assert.Equal([1, 2], (await _l.Im.GetAsync<List<ReportEditions.EditionDto>>($"{Report}/editions")).Select(e => e.Number));
        Assert.Empty((await _l.Im.GetAsync<ReportEditions.ChangesDto>($"{Report}/editions/2/changes")).Cells);
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_an_edition_and_the_submission_is_audited()
    {
        var edition = await _l.Im.PostAsync<ReportEditions.EditionDto>("/api/v1/reports/article7/apmbc/2023/editions", new { });
        await using var db = app.Db();

        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => db.Database.ExecuteSqlRawAsync("UPDATE report_editions SET submitted_by = 'someone else'"));
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM report_editions"));
        Assert.Equal(1, await db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM audit_entries WHERE entity_type = 'ReportEdition' AND changes->>'contentSha256' = {edition.ContentSha256}
            """).SingleAsync());
        await (await _l.Im.GetAsync("/api/v1/reports/article7/apmbc/2023/editions/9")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
