using System.Text;
using Microsoft.AspNetCore.Components.Forms;
using MineAction.Web.Components.Pages.Admin;
using MudBlazor;

namespace MineAction.Ui.Tests.Components;

/// <summary>The administrator's boundaries page (bUnit over the real use case and database): preview on the map, load, refusal report.</summary>
public sealed class BoundariesPageTests(UiDatabase database) : PageTests(database, "admin@tarsenia.example", Roles.Administrator)
{
    private static string Communes(params (string Code, string Name, string Parent, string Ring)[] features) =>
        "{\"type\":\"FeatureCollection\",\"features\":[" + string.Join(",", features.Select(f =>
            $"{{\"type\":\"Feature\",\"properties\":{{\"ADM3_PCODE\":\"{f.Code}\",\"ADM3_EN\":\"{f.Name}\",\"ADM2_PCODE\":\"{f.Parent}\"}},"
            + $"\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[{f.Ring}]}}}}")) + "]}";

    private IRenderedComponent<Boundaries> Upload(string json, string name)
    {
        Ctx.Render<MudPopoverProvider>();
        var page = Ctx.Render<Boundaries>();
        var level = page.FindComponent<MudSelect<int>>().Instance;
        page.InvokeAsync(() => level.ValueChanged.InvokeAsync(3)).GetAwaiter().GetResult();
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Encoding.UTF8.GetBytes(json), name));
        return page;
    }

    [Fact]
    public void A_file_is_previewed_on_the_map_then_loaded()
    {
        var page = Upload(Communes(("XTA-01-01-07", "Phum Thmei", "XTA-01-01", "[[100.2,12.2],[100.3,12.2],[100.3,12.3],[100.2,12.3],[100.2,12.2]]")),
            "communes.geojson");
        page.WaitForAssertion(() => Assert.Contains("communes.geojson: 1 feature(s)", page.Find("[data-testid=bnd-summary]").TextContent));
        Assert.Contains("Phum Thmei", page.Find("[data-testid=bnd-preview]").TextContent);
        Assert.Contains(Ctx.JSInterop.Invocations, i => i.Identifier == "mineActionMap.show");

        page.Find("[data-testid=bnd-load]").Click();
        page.WaitForAssertion(() => Assert.Contains("1 added", page.Find("[data-testid=bnd-result]").TextContent), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void A_refused_file_lists_every_problem_and_loads_nothing()
    {
        var page = Upload(Communes(
            ("XTA-01-01-08", "Good", "XTA-01-01", "[[100.2,12.2],[100.3,12.2],[100.3,12.3],[100.2,12.3],[100.2,12.2]]"),
            ("XTA-09-09-01", "Orphan", "XTA-09-09", "[[100.2,12.2],[100.3,12.2],[100.3,12.3],[100.2,12.3],[100.2,12.2]]"),
            ("XTA-01-01-09", "Bow tie", "XTA-01-01", "[[100.2,12.2],[100.3,12.3],[100.3,12.2],[100.2,12.3],[100.2,12.2]]")), "broken.geojson");
        page.WaitForAssertion(() => page.Find("[data-testid=bnd-load]"));
        page.Find("[data-testid=bnd-load]").Click();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=bnd-problems] tbody tr").Count), TimeSpan.FromSeconds(10));
        Assert.Contains("ADM2_PCODE", page.Find("[data-testid=bnd-problems]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=bnd-result]"));
    }
}
