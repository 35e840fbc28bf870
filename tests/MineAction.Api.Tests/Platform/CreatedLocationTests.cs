namespace MineAction.Api.Tests.Platform;

/// <summary>Every 201 answers with a Location that reads back the record just created.</summary>
public sealed class CreatedLocationTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Ledger _l = new(app);
    private readonly Scenario _s = new(app);
    private readonly Funding _f = new(app);

    private async Task AssertLocationReadsBackAsync(HttpResponseMessage created, HttpClient? reader = null)
    {
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync())["id"]!.GetValue<Guid>();
        var location = created.Headers.Location!.OriginalString;
        Assert.EndsWith(id.ToString(), location, StringComparison.Ordinal);
        var read = await (reader ?? _l.Im).GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(id, (await read.JsonAsync())["id"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task A_released_land_product_is_located_at_its_own_address()
    {
        var (hazard, lon, lat, _) = await _l.HazardAsync();
        await AssertLocationReadsBackAsync(await _l.ReleaseAsync(await _l.ActivityAsync(hazard), Ledger.Rectangle(lon, lat, lon + 0.002, lat + 0.002)));
    }

    [Fact]
    public async Task A_device_is_located_at_its_own_address()
    {
        var activity = await _l.ActivityAsync((await _l.HazardAsync()).Id);
        await AssertLocationReadsBackAsync(await _l.Im.PostAsJsonAsync($"/api/v1/activities/{activity.Id}/devices",
            new { category = "AntiPersonnelMine", quantity = 1, foundOn = "2024-02-01" }));
    }

    [Fact]
    public async Task A_casualty_is_located_at_its_own_address()
    {
        var va = app.ClientFor(Roles.VictimAssistanceOfficer);
        var accident = await (await va.PostAsJsonAsync("/api/v1/accidents", new
        {
            occurredOn = "2024-05-01", location = new { type = "Point", coordinates = new[] { 100.2, 12.2 } },
            provinceId = (await Tarsenia.LoadAsync(app)).Kandara, deviceCategory = "AntiPersonnelMine", activityAtTime = "Farming", killed = 0, injured = 1,
        })).JsonAsync();
        await AssertLocationReadsBackAsync(await va.PostAsJsonAsync($"/api/v1/accidents/{accident["id"]}/casualties",
            new { sex = "Female", ageGroup = "Age12To17", outcome = "Injured" }), va);
    }

    [Fact]
    public async Task A_risk_education_session_is_located_at_its_own_address()
    {
        var t = await Tarsenia.LoadAsync(app);
        await AssertLocationReadsBackAsync(await _l.Im.PostAsJsonAsync("/api/v1/eore-sessions", RequestBodies.EoreSession(t, t.Kandara, t.Halo)));
    }

    [Fact]
    public async Task An_accreditation_is_located_at_its_own_address() =>
        await AssertLocationReadsBackAsync(await _l.Im.PostAsJsonAsync("/api/v1/accreditations", new
        {
            organisationId = await _s.OrganisationIdAsync("TDO"), activity = "EORE", number = $"ACC-{Scenario.Next()}", issuedOn = "2020-01-01",
            expiresOn = "2099-12-31",
        }));

    [Fact]
    public async Task A_fund_and_an_exchange_rate_are_located_at_their_own_addresses()
    {
        await AssertLocationReadsBackAsync(await _f.Donor.PostAsJsonAsync("/api/v1/funds",
            new { name = $"Located fund {Scenario.Next()}", kind = "Bilateral", managingOrganisationId = await _f.OrganisationAsync("UNMAS") }));
        await AssertLocationReadsBackAsync(await _f.Donor.PostAsJsonAsync("/api/v1/exchange-rates",
            new { currency = "SEK", rateDate = TestDates.Iso(new DateOnly(2001, 1, 1).AddDays(Scenario.Next())), usdPerUnit = 0.1m }));
    }
}
