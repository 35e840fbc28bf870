using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MineAction.Ui.Tests.EndToEnd;

public sealed partial class BrowserTests
{
    /// <summary>The base map's tile server (OpenStreetMap in appsettings.json), refused in these tests as an office without internet would.</summary>
    private const string TileAddresses = "https://tile.openstreetmap.org/**";

    [Fact]
    public async Task The_national_map_draws_the_programme_without_internet_and_opens_a_hazard()
    {
        var t = await MineAction.Testing.Tarsenia.LoadAsync(app);
        var im = app.ClientFor(MineAction.Application.Security.Roles.InformationManager);
        var response = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(im, "/api/v1/hazardous-areas", new
        {
            name = "Map check field", geometry = MineAction.Testing.Tarsenia.Square(100.82, 12.43), recordingOrganisationId = t.Halo,
            evidence = "Direct", recordedOn = "2024-06-01",
        });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        var id = System.Text.Json.Nodes.JsonNode.Parse(text)!["summary"]!["id"]!.GetValue<Guid>();
        await _page.RouteAsync(TileAddresses, route => route.AbortAsync());

        await _page.GotoAsync("/map");
        var map = _page.Locator("[data-testid=national-map]");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-hazardous-areas", new Regex("^[1-9]"));
        await Assertions.Expect(map).ToHaveAttributeAsync("data-boundaries", new Regex("^[1-9]"));
        await Assertions.Expect(_page.Locator("[data-testid=map-offline]")).ToContainTextAsync("boundaries are drawn as the base");
        await Assertions.Expect(_page.Locator("[data-testid=shown-hazardous-areas]")).ToContainTextAsync("in view");
        await Assertions.Expect(map.Locator(".leaflet-overlay-pane path, .map-cluster").First).ToBeVisibleAsync();
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = MineAction.Testing.Repository.Artefact("map.png") });

        await _page.Locator("[data-testid=layer-devices]").ClickAsync();
        await Assertions.Expect(map).ToHaveAttributeAsync("data-devices", new Regex("^[0-9]"));
        await Assertions.Expect(_page.Locator("[data-testid=shown-devices]")).ToBeVisibleAsync();

        // Close in on the new hazard: it is drawn as itself, and its popup opens its page.
        await map.EvaluateAsync("(el, c) => window.mineActionNationalMap.maps[el.id].map.setView([c[1], c[0]], 15, { animate: false })",
            new[] { 100.825, 12.435 });
        await map.Locator($".map-record-{id}").ClickAsync();
        await _page.Locator("[data-testid=map-open]").ClickAsync();
        await Assertions.Expect(_page).ToHaveURLAsync(new Regex($"/hazardous-areas/{id}$"));
        await Assertions.Expect(_page.GetByText("Map check field").First).ToBeVisibleAsync();
    }
}
