using MineAction.Application.LandRelease;

namespace MineAction.Api.Tests.LandRelease;

/// <summary>The land release page's pivot: years down, areas across, outcomes added up, totals both ways.</summary>
public sealed class ReleasePivotTests
{
    [Fact]
    public void Years_go_down_areas_across_and_every_total_adds_up()
    {
        var (north, south) = (Guid.NewGuid(), Guid.NewGuid());
        var names = new Dictionary<Guid, string> { [north] = "Northern", [south] = "Avalon" };
        var pivot = ReleasePivot.Of(
        [
            new LandReleaseSummary.ReleaseRow(2024, north, 1_000_000, 500_000, 250_000),
            new LandReleaseSummary.ReleaseRow(2023, south, 0, 0, 2_000_000),
            new LandReleaseSummary.ReleaseRow(2024, null, 100_000, 0, 0),
        ], id => names[id]);

        Assert.Equal([2023, 2024], pivot.Years);
        Assert.Equal([south, north, null], pivot.Areas);
        Assert.Equal(1.75, pivot.Cell(2024, north), 9);
        Assert.Equal(0, pivot.Cell(2023, north));
        Assert.Equal(1.85, pivot.YearTotal(2024), 9);
        Assert.Equal(2, pivot.AreaTotal(south), 9);
        Assert.Equal(3.85, pivot.Total, 9);
    }
}
