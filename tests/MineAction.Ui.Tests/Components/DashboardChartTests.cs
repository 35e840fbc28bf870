using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.Reporting;
using MineAction.Web.Components.Shared;

namespace MineAction.Ui.Tests.Components;

/// <summary>A dashboard chart: drawn by Chart.js with its figures in words for screen readers, a CSV link with the filters, a notice when empty.</summary>
public sealed class DashboardChartTests : IAsyncLifetime
{
    private readonly BunitContext _ctx = new();

    public Task InitializeAsync()
    {
        _ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        _ctx.Services.AddLocalization();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    private static NationalDashboard.Chart Remaining(double sha, double cha) =>
        new("contamination", "Remaining contamination by province", "km²", ["Kandara"], [new("SHA", [sha]), new("CHA", [cha])], Stacked: true);

    [Fact]
    public void A_chart_is_drawn_with_its_figures_in_words_and_its_csv_link_keeps_the_filters()
    {
        var chart = _ctx.Render<DashboardChart>(p => p.Add(c => c.Chart, Remaining(1.5, 0.25)).Add(c => c.Filters, "?fromYear=2020&toYear=2024"));
        var canvas = chart.Find("canvas");
        Assert.Equal("Remaining contamination by province (km²): Kandara: SHA 1.50, CHA 0.25", canvas.GetAttribute("aria-label"));
        Assert.Equal("/api/v1/dashboard/contamination.csv?fromYear=2020&toYear=2024", chart.Find("[data-testid=csv-contamination]").GetAttribute("href"));
        var render = Assert.Single(_ctx.JSInterop.Invocations, i => i.Identifier == "mineActionCharts.render");
        Assert.Equal(canvas.Id, render.Arguments[0]);
    }

    [Fact]
    public void A_chart_without_figures_says_so_instead_of_an_empty_canvas()
    {
        var chart = _ctx.Render<DashboardChart>(p => p.Add(c => c.Chart, Remaining(0, 0)));
        Assert.Empty(chart.FindAll("canvas"));
        Assert.Equal("No figures for this selection.", chart.Find("[data-testid=empty-contamination]").TextContent);
        Assert.DoesNotContain(_ctx.JSInterop.Invocations, i => i.Identifier == "mineActionCharts.render");
    }

    [Fact]
    public void A_chart_reads_in_the_persons_language_province_names_aside()
    {
        InLanguage.Run("fr", () =>
        {
            var chart = _ctx.Render<DashboardChart>(p => p.Add(c => c.Chart, Remaining(1.5, 0.25)));
            Assert.Equal("Contamination restante par province", chart.Find(".mud-typography-h6").TextContent);
            Assert.StartsWith("Contamination restante par province (km²): Kandara: SHA 1", chart.Find("canvas").GetAttribute("aria-label"), StringComparison.Ordinal);
        });
    }
}
