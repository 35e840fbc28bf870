using MineAction.Application.LandRelease;
using MineAction.Domain.Hazards;

namespace MineAction.Api.Tests.LandRelease;

/// <summary>Official figures count as destroyed only what was destroyed (in situ or after removal); items rendered safe have their own column.</summary>
public sealed class DisposalFiguresTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Ledger _l = new(app);

    private async Task DeviceAsync(ActivityDto activity, int quantity, string method, string category = "AntiPersonnelMine") =>
        await _l.Im.PostAsync<DeviceDto>($"/api/v1/activities/{activity.Id}/devices", new
        {
            category, quantity, foundOn = "2024-02-01", condition = "Armed", disposalMethod = method, disposedOn = "2024-02-02",
        });

    [Fact]
    public async Task Rendered_safe_items_are_not_counted_as_destroyed()
    {
        var t = await Tarsenia.LoadAsync(app);
        var activity = await _l.ActivityAsync((await _l.HazardAsync(t.Veyra)).Id);
        await DeviceAsync(activity, 2, "DestroyedInSitu");
        await DeviceAsync(activity, 4, "Removed");
        await DeviceAsync(activity, 3, "RenderedSafe");

        var summary = await _l.Im.GetAsync<LandReleaseSummary.Summary>($"/api/v1/land-release/summary?year=2024&provinceId={t.Veyra}");

        var row = Assert.Single(summary.Devices, d => d.Category == DeviceCategory.AntiPersonnelMine);
        Assert.Equal((6, 3), (row.Destroyed, row.RenderedSafe));
    }

    [Fact]
    public async Task Improvised_anti_personnel_mines_count_with_anti_personnel_mines_for_the_apmbc_and_apart_by_category()
    {
        var t = await Tarsenia.LoadAsync(app);
        var activity = await _l.ActivityAsync((await _l.HazardAsync(t.Mekhol)).Id);
        await DeviceAsync(activity, 3, "DestroyedInSitu");
        await DeviceAsync(activity, 2, "DestroyedInSitu", "ImprovisedAntiPersonnelMine");
        await DeviceAsync(activity, 4, "DestroyedInSitu", "AntiVehicleMine");

        var summary = await _l.Im.GetAsync<LandReleaseSummary.Summary>($"/api/v1/land-release/summary?year=2024&provinceId={t.Mekhol}");

        Assert.Equal(3, Assert.Single(summary.Devices, d => d.Category == DeviceCategory.AntiPersonnelMine).Destroyed);
        Assert.Equal(2, Assert.Single(summary.Devices, d => d.Category == DeviceCategory.ImprovisedAntiPersonnelMine).Destroyed);
        Assert.Equal(5, Assert.Single(summary.ApmbcAntiPersonnelMines).Destroyed);
        var json = await _l.Im.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/v1/land-release/summary?year=2024&provinceId={t.Mekhol}");
        Assert.Equal(5, json!["apmbcAntiPersonnelMines"]![0]!["destroyed"]!.GetValue<int>());
    }
}
