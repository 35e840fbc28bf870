using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace MineAction.Ui.Tests.EndToEnd;

public sealed partial class BrowserTests
{
    /// <summary>
    /// Whatever a finger can press on the page that is smaller than 44 × 44 CSS pixels (WCAG 2.5.5), and how far the page scrolls sideways.
    /// Links inside a sentence (a paragraph, the map's attribution) are exempt, as WCAG exempts them; a control's box is its field's or its
    /// label's (what a tap on it reaches), not the bare &lt;input&gt;.
    /// </summary>
    private const string PhoneLayoutCheck = """
        () => {
          const seen = new Set();
          const small = [];
          const targets = document.querySelectorAll(
            'button, a[href], input:not([type=hidden]), select, textarea, [role=button], [role=tab], [role=checkbox], [role=switch], [role=combobox]');
          for (const el of targets) {
            const target = el.closest('.mud-input-control, label') ?? el;
            if (seen.has(target) || el.classList.contains('skip-link')) continue; // the skip link shows on keyboard focus only
            seen.add(target);
            if (el.tagName === 'A' && !el.classList.contains('mud-button-root') && el.closest('p, .leaflet-control-attribution')) continue;
            const r = target.getBoundingClientRect();
            const style = getComputedStyle(target);
            if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
            if (r.width < 44 || r.height < 44) {
              const name = (el.getAttribute('aria-label') || el.getAttribute('data-testid') || el.textContent || el.className || '').trim().slice(0, 40);
              small.push(`${el.tagName.toLowerCase()} "${name}" ${Math.round(r.width)}×${Math.round(r.height)}`);
            }
          }
          return { overflow: document.documentElement.scrollWidth - window.innerWidth, small };
        }
        """;

    /// <summary>
    /// An operator on a 390 px phone: the hazard, activity, risk-education and accident pages fit the screen's width (no sideways scrolling)
    /// and every control is at least 44 px each way; a hazard is registered with its polygon drawn by tapping on the map.
    /// </summary>
    [Fact]
    public async Task An_operators_pages_fit_a_phone_and_a_hazard_is_registered_by_drawing_with_a_finger()
    {
        var t = await MineAction.Testing.Tarsenia.LoadAsync(app);
        var im = app.ClientFor(MineAction.Application.Security.Roles.InformationManager);
        async Task<JsonNode> Post(HttpClient client, string url, object body)
        {
            var response = await client.PostAsJsonAsync(url, body);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, text);
            return JsonNode.Parse(text)!;
        }

        var hazard = await Post(im, "/api/v1/hazardous-areas", new
        {
            name = "Phone check field", geometry = MineAction.Testing.Tarsenia.Square(103.1, 13.1), recordingOrganisationId = t.Halo,
            evidence = "Direct", recordedOn = "2023-06-01",
        });
        var activity = await Post(im, "/api/v1/activities", new { hazardousAreaId = hazard["summary"]!["id"], organisationId = t.Halo, type = "Clearance" });
        await Post(im, $"/api/v1/activities/{activity["id"]}/status", new { status = "InProgress", date = "2024-01-10" });
        var accident = await Post(app.ClientFor(MineAction.Application.Security.Roles.VictimAssistanceOfficer), "/api/v1/accidents", new
        {
            occurredOn = "2024-05-01", location = new { type = "Point", coordinates = new[] { 100.3, 12.3 } }, provinceId = t.Kandara,
            deviceCategory = "Submunition", activityAtTime = "Farming", killed = 0, injured = 1,
        });

        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl, ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2,
        });
        await context.RouteAsync(TileAddresses, route => route.AbortAsync());
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await SignInAsync(page, "operator.halo@tarsenia.example");
        var problems = new List<string>();
        foreach (var path in new[]
        {
            "/hazardous-areas", "/hazardous-areas/new", $"/hazardous-areas/{hazard["summary"]!["id"]}", $"/activities/{activity["id"]}",
            "/people/risk-education", "/people/accidents", $"/people/accidents/{accident["id"]}",
        })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.Locator("h1, .mud-typography-h4").First).ToBeVisibleAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var layout = await page.EvaluateAsync<PhoneLayout>(PhoneLayoutCheck);
            if (layout.Overflow > 0)
            {
                problems.Add($"{path}: scrolls {layout.Overflow} px sideways");
            }

            problems.AddRange(layout.Small.Select(s => $"{path}: {s}"));
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = MineAction.Testing.Repository.Artefact("phone-accident.png"), FullPage = true });
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));

        await page.GotoAsync("/hazardous-areas/new");
        await EnterAsync(page, "name", "Phone drawn field");
        await FillDateAsync(page, "recorded-on", "2024-04-02");
        await ChooseAsync(page, "evidence", "Direct");
        await ChooseAsync(page, "province", "Sarith");
        await ChooseAsync(page, "organisation", "HALO — The HALO Trust");
        await DrawAsync(page, "geometry", (102.7, 12.7), (102.71, 12.7), (102.71, 12.71), (102.7, 12.71));
        await page.Locator("[data-testid=save]").TapAsync();
        await Assertions.Expect(page.Locator("[data-testid=code]")).ToHaveTextAsync(HazardCode());
        await Assertions.Expect(page.Locator("[data-testid=approval]")).ToContainTextAsync("Submitted");
        await context.CloseAsync();
    }

    /// <summary>What <see cref="PhoneLayoutCheck"/> returns.</summary>
    private sealed class PhoneLayout
    {
        public int Overflow { get; set; }

        public string[] Small { get; set; } = [];
    }
}
