using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.LandRelease;
using MineAction.Application.Organisations;
using MineAction.Domain.LandRelease;
using NetTopologySuite.Geometries;
using MineAction.Web.Components.Pages.LandRelease;
using MineAction.Web.Security;
using MudBlazor;

namespace MineAction.Ui.Tests.Components;

/// <summary>The land release page: a pivot of years and provinces with the dashboard's charts, not a stack of tables.</summary>
public sealed partial class LandReleasePageTests(UiDatabase database) : PageTests(database, "im@tarsenia.example", Roles.InformationManager, Policies.Reviewer)
{
    [GeneratedRegex(@"^-?[\d,]+\.\d{2}$")]
    private static partial Regex TwoDecimals();

    /// <summary>An approved SHA in Kandara cancelled whole by a non-technical survey on 1 March 2024 (the template database has no land release).</summary>
    private async Task CancelledShaAsync()
    {
        var hazardId = UiRecords.Sha(Database, approved: true, "Pivot field");
        Envelope box;
        await using (var db = MineAction.Migrations.Cli.CreateContext(Database.ConnectionString))
        {
            box = db.HazardousAreas.Single(h => h.Id == hazardId).Geometry.EnvelopeInternal;
        }

        await using var scope = Ctx.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<Mediator.IMediator>();
        var halo = (await mediator.Send(new ListOrganisations.Query(Search: "HALO"))).Items.Single(o => o.Acronym == "HALO").Id;
        var activity = await mediator.Send(new CreateActivity.Command(hazardId, halo, ActivityType.NTS, [], null, null, null));
        activity = await mediator.Send(new ChangeActivityStatus.Command(activity.Id, activity.RowVersion, ActivityStatus.InProgress, new DateOnly(2024, 2, 1)));
        var ring = string.Join(",", new[] { (box.MinX, box.MinY), (box.MaxX, box.MinY), (box.MaxX, box.MaxY), (box.MinX, box.MaxY), (box.MinX, box.MinY) }
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"[{c.Item1},{c.Item2}]")));
        using var polygon = JsonDocument.Parse($$"""{"type":"Polygon","coordinates":[[{{ring}}]]}""");
        await mediator.Send(new RecordProduct.Command(activity.Id, polygon.RootElement.Clone(), ReleaseOutcome.Cancelled, null, new DateOnly(2024, 3, 1)));
    }

    [Fact]
    public async Task Land_released_reads_as_years_down_and_provinces_across_in_km2_with_two_decimals_beside_its_charts()
    {
        await CancelledShaAsync();
        Ctx.Render<MudPopoverProvider>();
        var page = Ctx.Render<LandReleaseSummaryPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=released] tbody tr")), TimeSpan.FromSeconds(20));

        var headers = page.FindAll("[data-testid=released] thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal("Year", headers[0]);
        Assert.Equal("Total", headers[^1]);
        Assert.True(headers.Count > 2, "at least one province column");
        var cells = page.FindAll("[data-testid=released] tbody td").Select(td => td.TextContent.Trim()).ToList();
        Assert.NotEmpty(cells);
        Assert.All(cells, c => Assert.Matches(TwoDecimals(), c));
        Assert.NotNull(page.Find("[data-testid=chart-released]"));
        Assert.NotNull(page.Find("[data-testid=chart-contamination]"));
        Assert.Contains("today", page.Markup, StringComparison.Ordinal);
    }
}
