using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MineAction.Ui.Tests.EndToEnd;

public sealed partial class BrowserTests
{
    /// <summary>
    /// A field team's files (issue #18, item 3): a KML without a polygon is refused in words, a KML polygon is shown on the map, and the GPS
    /// track walked round the area (GPX, not closed) registers the hazard with its perimeter.
    /// </summary>
    [Fact]
    public async Task A_hazard_is_registered_from_the_gps_track_walked_round_it()
    {
        await NewSarithHazardAsync("Sarith walked perimeter", "2024-04-03");
        var file = _page.Locator("input[type=file][data-testid=geometry-file]");

        await file.SetInputFilesAsync(Payload("camp.kml", """
            <kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><Point><coordinates>102.5,12.5</coordinates></Point></Placemark></kml>
            """));
        await Assertions.Expect(_page.Locator("[data-testid=geometry-upload-error]")).ToContainTextAsync("no polygon");

        await file.SetInputFilesAsync(Payload("field.kml", """
            <kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><Polygon><outerBoundaryIs><LinearRing><coordinates>
              102.52,12.52 102.53,12.52 102.535,12.525 102.53,12.53 102.52,12.53 102.52,12.52
            </coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>
            """));
        await Assertions.Expect(_page.Locator("[data-testid=geometry-summary]")).ToContainTextAsync("1 polygon, 5 corners");
        await Assertions.Expect(_page.Locator("[data-testid=geometry-upload-error]")).ToHaveCountAsync(0);

        await file.SetInputFilesAsync(Payload("walk.gpx", """
            <gpx version="1.1" creator="GPS" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>
              <trkpt lat="12.54" lon="102.54"/><trkpt lat="12.54" lon="102.55"/><trkpt lat="12.55" lon="102.55"/><trkpt lat="12.55" lon="102.54"/>
            </trkseg></trk></gpx>
            """));
        await Assertions.Expect(_page.Locator("[data-testid=geometry-summary]")).ToContainTextAsync("1 polygon, 4 corners");
        await _page.Locator("[data-testid=save]").ClickAsync();
        await Assertions.Expect(_page.Locator("[data-testid=code]")).ToHaveTextAsync(HazardCode());
        await Assertions.Expect(_page.Locator("[data-testid=area]")).ToHaveTextAsync(new Regex(@"^1\.(19|20|21) km²$"));
    }

    private static FilePayload Payload(string name, string content) =>
        new() { Name = name, MimeType = "application/octet-stream", Buffer = System.Text.Encoding.UTF8.GetBytes(content) };
}
