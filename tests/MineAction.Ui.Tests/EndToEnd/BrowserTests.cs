using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MineAction.Ui.Tests.EndToEnd;

/// <summary>What a user does in the browser: the pages load data, forms show the API's errors, saves land.</summary>
[Trait("Category", "Browser")]
public sealed partial class BrowserTests(BrowserApp app) : IClassFixture<BrowserApp>, IAsyncLifetime
{
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _page = await app.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1400, Height = 1000 } });
        _page.SetDefaultTimeout(15_000);
        await SignInAsync(_page, "im@tarsenia.example");
    }

    /// <summary>Signs in through the sign-in page, as a person would.</summary>
    private static async Task SignInAsync(IPage page, string email, string password = MineAction.Infrastructure.Demo.DemoUsers.Password)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("[data-testid=sign-in]").ClickAsync();
    }

    public async Task DisposeAsync()
    {
        var name = $"/tmp/mineaction-e2e-{Guid.NewGuid():N}.png";
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = name, FullPage = true, Timeout = 15_000 });
        await _page.CloseAsync();
    }

    [Fact]
    public async Task An_organisation_is_created_after_the_duplicate_acronym_error_is_fixed()
    {
        await _page.GotoAsync("/organisations");
        await Assertions.Expect(_page.Locator("tbody tr")).ToHaveCountAsync(MineAction.Infrastructure.Demo.DemoOrganisations.All.Length);

        await _page.GetByText("New organisation").ClickAsync();
        await EnterAsync(_page, "name", "Another Demining Group");
        await EnterAsync(_page, "acronym", "HALO");
        await ChooseAsync("type", "International NGO (21)");
        await EnterAsync(_page, "country", "GBR");
        await _page.Locator("[data-testid=save]").ClickAsync();
        await Assertions.Expect(_page.GetByText("already exists in GBR")).ToBeVisibleAsync();

        await EnterAsync(_page, "acronym", "ADG");
        await _page.Locator("[data-testid=save]").ClickAsync();
        await Assertions.Expect(_page).ToHaveURLAsync(OrganisationUrl());
        await Assertions.Expect(_page.GetByText("Another Demining Group saved.")).ToBeVisibleAsync();
        await Assertions.Expect(_page.Locator("[data-testid=form-error]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_hazardous_area_is_registered_once_its_polygon_is_valid()
    {
        await NewSarithHazardAsync("Sarith school road", "2024-04-02");
        await _page.Locator("input[type=file][data-testid=geometry-file]").SetInputFilesAsync(new FilePayload
        {
            Name = "bow-tie.geojson", MimeType = "application/geo+json",
            Buffer = System.Text.Encoding.UTF8.GetBytes("""{"type":"Polygon","coordinates":[[[102.5,12.5],[102.51,12.51],[102.51,12.5],[102.5,12.51],[102.5,12.5]]]}"""),
        });
        await Assertions.Expect(_page.Locator("[data-testid=geometry-summary]")).ToContainTextAsync("1 polygon, 4 corners");
        await _page.Locator("[data-testid=save]").ClickAsync();
        await Assertions.Expect(_page.GetByText("Self-intersection")).ToBeVisibleAsync();

        await _page.Locator("[data-testid=geometry-clear]").ClickAsync();
        await DrawAsync(_page, "geometry", (102.5, 12.5), (102.51, 12.5), (102.51, 12.51), (102.5, 12.51));
        await _page.Locator("[data-testid=save]").ClickAsync();
        await Assertions.Expect(_page.Locator("[data-testid=code]")).ToHaveTextAsync(HazardCode());
        await Assertions.Expect(_page.Locator("[data-testid=area]")).ToHaveTextAsync(new Regex(@"^1\.(19|20|21) km²$"));
        Assert.DoesNotContain("coordinates", await _page.Locator(".mud-main-content").InnerTextAsync());

        await _page.GotoAsync("/hazardous-areas");
        await Assertions.Expect(_page.GetByText("Sarith school road")).ToBeVisibleAsync();
    }

    /// <summary>The register form of a hazard in Sarith filled but for its polygon: name, date, direct evidence, HALO.</summary>
    private async Task NewSarithHazardAsync(string name, string recordedOn)
    {
        await _page.GotoAsync("/hazardous-areas/new");
        await EnterAsync(_page, "name", name);
        await FillDateAsync(_page, "recorded-on", recordedOn);
        await ChooseAsync("evidence", "Direct");
        await ChooseAsync("province", "Sarith");
        await ChooseAsync("organisation", "HALO — The HALO Trust");
    }

    /// <summary>
    /// Draws a polygon on a drawing map with Leaflet-Geoman's polygon tool, as a person would: the view fitted to the corners, a click on
    /// each corner and on the first again to close it — or, on a touch screen (<paramref name="page"/> made with <c>HasTouch</c>), a tap.
    /// </summary>
    private static async Task DrawAsync(IPage page, string testId, params (double Lon, double Lat)[] corners)
    {
        var map = page.Locator($"[data-testid={testId}-map]");
        var touch = await page.EvaluateAsync<bool>("() => navigator.maxTouchPoints > 0");
        await Assertions.Expect(map.Locator(".leaflet-pm-icon-polygon")).ToBeVisibleAsync();
        await map.ScrollIntoViewIfNeededAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle); // the map's own first fit (to the boundaries it loads) is over
        var points = corners.Select(c => new[] { c.Lon, c.Lat }).ToArray();
        await map.EvaluateAsync("""
            (el, c) => window.mineActionDrawer.maps[el.id].map.fitBounds(L.latLngBounds(c.map(p => [p[1], p[0]])), { padding: [60, 60], animate: false })
            """, points);
        var tool = map.Locator(".leaflet-pm-icon-polygon");
        await (touch ? tool.TapAsync() : tool.ClickAsync());
        foreach (var corner in points.Append(points[0]))
        {
            var xy = await map.EvaluateAsync<double[]>("""
                (el, c) => { const p = window.mineActionDrawer.maps[el.id].map.latLngToContainerPoint([c[1], c[0]]); return [p.x, p.y]; }
                """, corner);
            if (touch)
            {
                var box = (await map.BoundingBoxAsync())!;
                await page.Touchscreen.TapAsync(box.X + (float)xy[0], box.Y + (float)xy[1]);
                await page.WaitForTimeoutAsync(400); // a finger's pace: two taps closer in time are a double tap, which zooms the map
            }
            else
            {
                await map.ClickAsync(new LocatorClickOptions { Position = new Position { X = (float)xy[0], Y = (float)xy[1] } });
            }
        }

        await Assertions.Expect(page.Locator($"[data-testid={testId}-summary]")).ToContainTextAsync("1 polygon, 4 corners");
    }

    [Fact]
    public async Task A_page_asked_for_before_signing_in_opens_after_sign_in()
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/hazardous-areas");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login\\?returnUrl=%2Fhazardous-areas", RegexOptions.IgnoreCase));

        await page.Locator("#email").FillAsync("viewer@tarsenia.example");
        await page.Locator("#password").FillAsync("wrong password 1");
        await page.Locator("[data-testid=sign-in]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=login-error]")).ToContainTextAsync("wrong");

        await page.Locator("#email").FillAsync("viewer@tarsenia.example");
        await page.Locator("#password").FillAsync(MineAction.Infrastructure.Demo.DemoUsers.Password);
        await page.Locator("[data-testid=sign-in]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/hazardous-areas$"));
        await Assertions.Expect(page.Locator("[data-testid=user-name]")).ToHaveTextAsync("Vik Viewer");
        await context.CloseAsync();
    }

    /// <summary>A hazard HALO's operator submits through the API (awaiting review), a 0.01° square at the point; its id.</summary>
    private async Task<Guid> OperatorHazardAsync(string name, double lon, double lat)
    {
        var operatorClient = app.ClientFor(MineAction.Application.Security.Roles.OperatorDataEntry);
        var t = await MineAction.Testing.Tarsenia.LoadAsync(app);
        var response = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(operatorClient, "/api/v1/hazardous-areas", new
        {
            name, geometry = MineAction.Testing.Tarsenia.Square(lon, lat), recordingOrganisationId = t.Halo, evidence = "Indirect", recordedOn = "2024-06-01",
        });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return System.Text.Json.Nodes.JsonNode.Parse(text)!["summary"]!["id"]!.GetValue<Guid>();
    }

    [Fact]
    public async Task An_information_manager_approves_an_operators_submission_and_sees_it_in_the_history()
    {
        var id = await OperatorHazardAsync("Veyra grazing land", 100.4, 13.6);

        await _page.GotoAsync($"/hazardous-areas/{id}");
        await Assertions.Expect(_page.Locator("[data-testid=approval]")).ToContainTextAsync("Submitted");
        await _page.Locator("[data-testid=approve]").ClickAsync();
        await Assertions.Expect(_page.GetByText("Approved.", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(_page.Locator("[data-testid=approval]")).ToHaveCountAsync(0);
        await Assertions.Expect(_page.Locator("[data-testid=history] tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(_page.Locator("[data-testid=history]")).ToContainTextAsync("operator.halo@tarsenia.example");
    }

    [Fact]
    public async Task Land_is_released_through_an_activity_and_the_hazard_is_closed()
    {
        var t = await MineAction.Testing.Tarsenia.LoadAsync(app);
        var im = app.ClientFor(MineAction.Application.Security.Roles.InformationManager);
        var created = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(im, "/api/v1/hazardous-areas", new
        {
            name = "Drosh orchard", geometry = MineAction.Testing.Tarsenia.Square(102.6, 13.6),
            recordingOrganisationId = t.Halo, evidence = "Direct", recordedOn = "2023-06-01",
        });
        var id = System.Text.Json.Nodes.JsonNode.Parse(await created.Content.ReadAsStringAsync())!["summary"]!["id"]!.GetValue<Guid>();

        await _page.GotoAsync($"/hazardous-areas/{id}");
        await ChooseAsync("activity-type", "Clearance");
        await ChooseAsync("activity-organisation", "HALO");
        await _page.Locator("[data-testid=create-activity]").ClickAsync();
        await Assertions.Expect(_page.Locator("[data-testid=activity-status]")).ToHaveTextAsync("Planned");

        await FillDateAsync(_page, "activity-date", "2024-01-10");
        await _page.Locator("[data-testid=start]").ClickAsync();
        await Assertions.Expect(_page.Locator("[data-testid=activity-status]")).ToHaveTextAsync("In progress");

        await ChooseAsync("outcome", "Cleared");
        await EnterAsync(_page, "depth", "10");
        await FillDateAsync(_page, "release-date", "2024-03-01");
        await DrawAsync(_page, "product-geometry", (102.6, 13.6), (102.61, 13.6), (102.61, 13.61), (102.6, 13.61));
        await _page.Locator("[data-testid=record-product]").ClickAsync();
        await Assertions.Expect(_page.Locator("[data-testid=activity-error]")).ToContainTextAsync("specified depth is 13 cm");

        await EnterAsync(_page, "depth", "15");
        await _page.Locator("[data-testid=record-product]").ClickAsync();
        await Assertions.Expect(_page.GetByText("Released land recorded.")).ToBeVisibleAsync();

        // A device destroyed days after it was found: the disposal keeps its own date.
        await ChooseAsync("device-category", "Anti personnel mine");
        await FillDateAsync(_page, "device-found-on", "2024-03-02");
        await ChooseAsync("device-disposal", "Destroyed in situ");
        await FillDateAsync(_page, "device-disposed-on", "2024-03-05");
        await _page.Locator("[data-testid=record-device]").ClickAsync();
        await Assertions.Expect(_page.Locator("[data-testid=devices]")).ToContainTextAsync("Destroyed in situ on 5 Mar 2024");
        await Assertions.Expect(_page.Locator("[data-testid=devices]")).ToContainTextAsync("2 Mar 2024");

        await _page.GotoAsync($"/hazardous-areas/{id}");
        await Assertions.Expect(_page.Locator("[data-testid=closure-proposed]")).ToBeVisibleAsync();
        await Assertions.Expect(_page.Locator("[data-testid=map]")).ToHaveAttributeAsync("data-layers", "2");
        await Assertions.Expect(_page.Locator("[data-testid=map] path.leaflet-interactive")).ToHaveCountAsync(2);
        await _page.Locator("[data-testid=close-hazard]").ClickAsync();
        await Assertions.Expect(_page.GetByText("is now Closed released")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_accredited_organisation_is_tasked_and_an_unaccredited_one_is_refused()
    {
        var t = await MineAction.Testing.Tarsenia.LoadAsync(app);
        var im = app.ClientFor(MineAction.Application.Security.Roles.InformationManager);
        var created = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(im, "/api/v1/hazardous-areas", new
        {
            name = "Pailong canal bank", geometry = MineAction.Testing.Tarsenia.Square(103.1, 13.1),
            recordingOrganisationId = t.Halo, evidence = "Direct", recordedOn = "2023-06-01",
        });
        var id = System.Text.Json.Nodes.JsonNode.Parse(await created.Content.ReadAsStringAsync())!["summary"]!["id"]!.GetValue<Guid>();

        await _page.GotoAsync("/operations/accreditations");
        await ChooseAsync("acc-organisation", "HALO");
        await ChooseAsync("acc-activity", "Clearance");
        await EnterAsync(_page, "acc-number", "NMAA/E2E/001");
        await _page.Locator("[data-testid=acc-create]").ClickAsync();
        await Assertions.Expect(_page.Locator("[data-testid=accreditations]")).ToContainTextAsync("NMAA/E2E/001");

        foreach (var (organisation, expected) in new[] { ("TDO", "holds no active Clearance accreditation"), ("HALO", "Issued") })
        {
            await _page.GotoAsync($"/hazardous-areas/{id}");
            await ChooseAsync("activity-type", "Clearance");
            await ChooseAsync("activity-organisation", organisation);
            await _page.Locator("[data-testid=create-task]").ClickAsync();
            await Assertions.Expect(_page.Locator("[data-testid=task-status]")).ToHaveTextAsync("Draft");
            await _page.Locator("[data-testid=task-Issue]").ClickAsync();
            var target = organisation == "TDO" ? _page.Locator("[data-testid=task-error]") : _page.Locator("[data-testid=task-status]");
            await Assertions.Expect(target).ToContainTextAsync(expected);
        }

        await _page.GotoAsync("/operations/tasks");
        await Assertions.Expect(_page.Locator("[data-testid=tasks]")).ToContainTextAsync("Issued");
    }

    [Fact]
    public async Task A_critical_finding_recorded_on_the_activity_page_suspends_the_work()
    {
        var t = await MineAction.Testing.Tarsenia.LoadAsync(app);
        var im = app.ClientFor(MineAction.Application.Security.Roles.InformationManager);
        async Task<System.Text.Json.Nodes.JsonNode> Post(string url, object body) =>
            System.Text.Json.Nodes.JsonNode.Parse(await (await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(im, url, body)).Content.ReadAsStringAsync())!;
        var hazard = await Post("/api/v1/hazardous-areas", new
        {
            name = "Sarith riverbank", geometry = MineAction.Testing.Tarsenia.Square(103.3, 13.3),
            recordingOrganisationId = t.Halo, evidence = "Direct", recordedOn = "2023-06-01",
        });
        var activity = await Post("/api/v1/activities", new { hazardousAreaId = hazard["summary"]!["id"], organisationId = t.Halo, type = "Clearance" });
        await Post($"/api/v1/activities/{activity["id"]}/status", new { status = "InProgress", date = "2024-01-10" });

        await _page.GotoAsync($"/activities/{activity["id"]}");
        await Assertions.Expect(_page.Locator("[data-testid=activity-status]")).ToHaveTextAsync("In progress");
        await EnterAsync(_page, "visit-findings", "Unmarked lanes, no medic on site");
        await ChooseAsync("visit-severity", "Critical");
        await _page.Locator("[data-testid=record-visit]").ClickAsync();
        await Assertions.Expect(_page.GetByText("Description must not be empty.")).ToBeVisibleAsync();
        await EnterAsync(_page, "nc-description", "No medic on site");
        await EnterAsync(_page, "nc-action", "Suspend until a medic is present");
        await _page.Locator("[data-testid=record-visit]").ClickAsync();
        await Assertions.Expect(_page.Locator("[data-testid=visits]")).ToContainTextAsync("Critical");
        await Assertions.Expect(_page.Locator("[data-testid=activity-status]")).ToHaveTextAsync("Suspended");

        await _page.GotoAsync("/operations/quality");
        await Assertions.Expect(_page.Locator("[data-testid=non-conformities]")).ToContainTextAsync("Critical");
        await _page.GotoAsync($"/organisations/{t.Halo}");
        await Assertions.Expect(_page.Locator("[data-testid=open-ncs]")).ToContainTextAsync("No medic on site");
        await _page.GotoAsync("/operations/capacity");
        await Assertions.Expect(_page.Locator("[data-testid=performance]")).ToBeVisibleAsync();
        await ChooseAsync("cap-organisation", "HALO");
        await EnterAsync(_page, "cap-Deminers-women", "7");
        await _page.Locator("[data-testid=cap-record]").ClickAsync();
        await Assertions.Expect(_page.Locator("[data-testid=capacity]")).ToContainTextAsync("7 / 0");
    }

    [Fact]
    public async Task Victims_names_appear_only_to_victim_assistance_officers()
    {
        var t = await MineAction.Testing.Tarsenia.LoadAsync(app);
        var va = app.ClientFor(MineAction.Application.Security.Roles.VictimAssistanceOfficer);
        var accident = System.Text.Json.Nodes.JsonNode.Parse(await (await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(va, "/api/v1/accidents", new
        {
            occurredOn = "2024-05-01", location = new { type = "Point", coordinates = new[] { 100.3, 12.3 } }, provinceId = t.Kandara,
            deviceCategory = "Submunition", activityAtTime = "Playing", killed = 0, injured = 1,
        })).Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
        var casualty = System.Text.Json.Nodes.JsonNode.Parse(await (await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(va,
            $"/api/v1/accidents/{accident}/casualties", new
            {
                sex = "Male", outcome = "Injured", personalData = new { fullName = "Dara Chan", dateOfBirth = "2015-06-01" },
            })).Content.ReadAsStringAsync())!;
        var opened = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(va, "/api/v1/assistance-cases", new
        {
            casualtyId = casualty["id"]!.GetValue<Guid>(), needs = new[] { "Medical", "Psychosocial" }, openedOn = "2024-05-03",
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, opened.StatusCode);

        await _page.GotoAsync($"/people/accidents/{accident}");
        await Assertions.Expect(_page.Locator("[data-testid=casualties]")).ToContainTextAsync("V-");
        await Assertions.Expect(_page.Locator("[data-testid=casualties]")).Not.ToContainTextAsync("Dara Chan");

        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl });
        var vaPage = await context.NewPageAsync();
        await SignInAsync(vaPage, "va@tarsenia.example");
        await vaPage.GotoAsync($"/people/accidents/{accident}");
        await Assertions.Expect(vaPage.Locator("[data-testid=casualties]")).ToContainTextAsync("Dara Chan");

        await ChooseAsync(vaPage, "cas-sex", "Female");
        await ChooseAsync(vaPage, "cas-outcome", "Injured");
        await ChooseAsync(vaPage, "cas-injuries", "Lower limb amputation");
        await vaPage.Keyboard.PressAsync("Escape");
        await EnterAsync(vaPage, "cas-name", "Bopha Lim");
        await FillDateAsync(vaPage, "cas-birth", "2025-01-01");
        await vaPage.Locator("[data-testid=cas-add]").ClickAsync();
        await Assertions.Expect(vaPage.Locator("[data-testid=cas-error]")).ToContainTextAsync("date of birth is after the accident");
        await FillDateAsync(vaPage, "cas-birth", "1990-01-01");
        await vaPage.Locator("[data-testid=cas-add]").ClickAsync();
        await Assertions.Expect(vaPage.Locator("[data-testid=casualties]")).ToContainTextAsync("Bopha Lim");
        await Assertions.Expect(vaPage.Locator("[data-testid=casualties] tr", new() { HasText = "Bopha Lim" })).ToContainTextAsync("Lower limb amputation");
        await vaPage.GotoAsync("/people/assistance");
        await Assertions.Expect(vaPage.Locator("[data-testid=cases]")).ToContainTextAsync(casualty["victimCode"]!.GetValue<string>());
        await Assertions.Expect(vaPage.Locator("[data-testid=cases]")).ToContainTextAsync("Medical, Psychosocial");
        await context.CloseAsync();

        await _page.GotoAsync($"/people/accidents/{accident}");
        await Assertions.Expect(_page.Locator("[data-testid=casualties] tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(_page.Locator("[data-testid=casualties]")).Not.ToContainTextAsync("Bopha Lim");
        await _page.GotoAsync("/people/statistics");
        await EnterAsync(_page, "stats-year", "2024");
        await _page.Locator("input[data-testid=stats-year]").BlurAsync();
        await Assertions.Expect(_page.Locator("[data-testid=casualty-stats]")).ToContainTextAsync("Male, 5–11");
        await Assertions.Expect(_page.Locator("[data-testid=casualty-stats]")).Not.ToContainTextAsync("V-");

        await _page.GotoAsync("/people/risk-education");
        await ChooseAsync("eore-province", "Drosh");
        foreach (var (label, value) in new[] { ("Longitude", "103"), ("Latitude", "14.2") })
        {
            await _page.GetByLabel(label).FillAsync(value);
            await _page.GetByLabel(label).BlurAsync();
            await Assertions.Expect(_page.GetByLabel(label)).ToHaveAttributeAsync("aria-valuenow", value);
        }
        await ChooseAsync("eore-organisation", "TDO");
        await ChooseAsync("eore-method", "Interpersonal");
        await ChooseAsync("eore-audience", "School");
        await _page.Locator("[data-testid=eore-record]").ClickAsync();
        await Assertions.Expect(_page.Locator("[data-testid=eore-error]")).ToContainTextAsync("at least one person");
        await EnterAsync(_page.GetByLabel("Girls").First, "17");
        await _page.Locator("[data-testid=eore-record]").ClickAsync();
        await Assertions.Expect(_page.Locator("[data-testid=eore-totals]")).ToContainTextAsync("Drosh");
        await Assertions.Expect(_page.Locator("[data-testid=eore-recorded]")).ToContainTextAsync("17 people reached");
        await Assertions.Expect(_page.GetByLabel("Girls").First).ToHaveValueAsync("0");
        await Assertions.Expect(_page.GetByLabel("Longitude")).ToHaveValueAsync("");
    }

    private Task ChooseAsync(string testId, string option) => ChooseAsync(_page, testId, option);

    /// <summary>Picks an option of a MudSelect and waits until the page holds the new value (see <see cref="EnterAsync(ILocator, string)"/>).</summary>
    private static async Task ChooseAsync(IPage page, string testId, string option)
    {
        var select = page.Locator($"[data-testid={testId}]");
        var before = await select.GetAttributeAsync("data-value") ?? "";
        await select.Locator("xpath=ancestor::div[contains(@class,'mud-select')][1]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText(option, new() { Exact = true }).ClickAsync();
        await Assertions.Expect(select).Not.ToHaveAttributeAsync("data-value", before);
    }

    /// <summary>
    /// Types into a field, leaves it, and waits until the page holds the value (the field's <c>data-value</c>, rendered from the
    /// server's state). Blazor Server dispatches each browser event without waiting for the previous handler, and MudBlazor commits
    /// typed text asynchronously: a button pressed at once could otherwise act on the old value.
    /// </summary>
    private static async Task EnterAsync(ILocator field, string text)
    {
        await field.FillAsync(text);
        await field.PressAsync("Tab");
        await Assertions.Expect(field).ToHaveAttributeAsync("data-value", text);
    }

    private static Task EnterAsync(IPage page, string testId, string text) => EnterAsync(page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}]"), text);

    /// <summary>Types a date (yyyy-MM-dd) into a MudDatePicker and waits until the page holds it.</summary>
    private static Task FillDateAsync(IPage page, string testId, string date) => EnterAsync(page, testId, date);

    [GeneratedRegex("/organisations/[0-9a-f-]{36}$")]
    private static partial Regex OrganisationUrl();

    [GeneratedRegex("^HA-XTA-\\d{6}$")]
    private static partial Regex HazardCode();
}
