using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MineAction.Api.Tests.Platform;

/// <summary>A POST with an Idempotency-Key can be retried safely: the first answer is replayed, never a second record.</summary>
public sealed class IdempotencyTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private static string Organisation(string acronym) =>
        $$"""{"name":"{{acronym}} Demining","acronym":"{{acronym}}","type":"NationalNgo","countryCode":"XTA"}""";

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string json, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/organisations") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return client.SendAsync(request);
    }

    private HttpClient Im => app.ClientFor(Roles.InformationManager);

    private async Task<int> CountAsync(string acronym)
    {
        await using var db = app.Db();
        return await db.Organisations.CountAsync(o => o.Acronym == acronym);
    }

    [Fact]
    public async Task The_same_key_and_body_replay_the_first_response_without_a_second_insert()
    {
        var key = Guid.NewGuid().ToString();
        var first = await PostAsync(Im, Organisation("IDEM"), key);
        var second = await PostAsync(Im, Organisation("IDEM"), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await CountAsync("IDEM"));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_refused()
    {
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(Im, Organisation("REUSE"), key)).StatusCode);
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", await (await PostAsync(Im, Organisation("REUSE2"), key)).RuleAsync());
        Assert.Equal(0, await CountAsync("REUSE2"));
    }

    [Fact]
    public async Task A_failed_request_is_not_kept_so_the_key_can_be_retried()
    {
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(Im, "{}", key)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(Im, Organisation("RETRY"), key)).StatusCode);
    }

    [Fact]
    public async Task Keys_belong_to_their_user()
    {
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(Im, Organisation("MINE"), key)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(app.ClientFor(Roles.Administrator), Organisation("THEIRS"), key)).StatusCode);
    }

    [Fact]
    public async Task Without_a_key_a_second_post_is_a_second_attempt()
    {
        await PostAsync(Im, Organisation("TWA"), null).ReadAsync<JsonObject>();
        await (await PostAsync(Im, Organisation("TWA"), null)).FieldErrorAsync("acronym");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string json, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    /// <summary>Twenty identical POSTs at once: one runs, the others wait for it and replay its answer.</summary>
    private static async Task<List<(HttpStatusCode Status, string Body)>> TwentyAtOnceAsync(HttpClient client, string url, string json)
    {
        var key = Guid.NewGuid().ToString();
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => SendAsync(client, url, json, key)));
        return [.. await Task.WhenAll(responses.Select(async r => (r.StatusCode, await r.Content.ReadAsStringAsync())))];
    }

    /// <summary>Every answer is the one 201 of the request that ran.</summary>
    private static void AllCreatedAlike(List<(HttpStatusCode Status, string Body)> answers)
    {
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.Status));
        Assert.Single(answers.Select(a => a.Body).Distinct());
    }

    [Fact]
    public async Task Twenty_parallel_duplicates_of_an_organisation_create_one_and_answer_alike()
    {
        AllCreatedAlike(await TwentyAtOnceAsync(Im, "/api/v1/organisations", Organisation("PAR")));
        Assert.Equal(1, await CountAsync("PAR"));
    }

    [Fact]
    public async Task Twenty_parallel_duplicates_of_an_accident_create_one_and_answer_alike()
    {
        var t = await Tarsenia.LoadAsync(app);
        var place = $"Idempotent village {Guid.NewGuid():N}";
        var json = $$"""
            {"occurredOn":"2024-05-01","location":{"type":"Point","coordinates":[100.3,12.3]},"provinceId":"{{t.Kandara}}",
             "deviceCategory":"AntiPersonnelMine","activityAtTime":"Farming","killed":0,"injured":1,"source":"{{place}}"}
            """;
        AllCreatedAlike(await TwentyAtOnceAsync(app.ClientFor(Roles.VictimAssistanceOfficer), "/api/v1/accidents", json));
        await using var db = app.Db();
        Assert.Equal(1, await db.Accidents.CountAsync(a => a.Source == place));
    }

    [Fact]
    public async Task Twenty_parallel_duplicates_of_a_hazardous_area_register_one_and_answer_alike()
    {
        var t = await Tarsenia.LoadAsync(app);
        var name = $"Idempotent field {Guid.NewGuid():N}";
        var (lon, lat) = Ledger.NextCell();
        var json = System.Text.Json.JsonSerializer.Serialize(new
        {
            name, geometry = Tarsenia.Square(lon, lat), provinceId = t.Kandara, recordingOrganisationId = t.Halo, evidence = "Direct",
            recordedOn = "2024-01-01",
        });
        AllCreatedAlike(await TwentyAtOnceAsync(Im, "/api/v1/hazardous-areas", json));
        await using var db = app.Db();
        Assert.Equal(1, await db.HazardousAreas.CountAsync(h => h.Name == name));
    }

    [Fact]
    public async Task A_stored_answer_holds_no_personal_data_in_clear_and_expires()
    {
        var t = await Tarsenia.LoadAsync(app);
        var va = app.ClientFor(Roles.VictimAssistanceOfficer);
        var accident = await va.PostAsync<MineAction.Application.People.AccidentDto>("/api/v1/accidents", new
        {
            occurredOn = "2023-05-01", location = new { type = "Point", coordinates = new[] { 100.3, 12.3 } }, provinceId = t.Kandara,
            deviceCategory = "AntiPersonnelMine", activityAtTime = "Farming", killed = 0, injured = 1,
        });
        var key = Guid.NewGuid().ToString();
        var json = """{"sex":"Female","outcome":"Injured","personalData":{"fullName":"Chanthy Idempotent","dateOfBirth":"1991-02-03","phone":"+000 555 0199"}}""";
        var first = await SendAsync(va, $"/api/v1/accidents/{accident.Id}/casualties", json, key);
        Assert.Contains("Chanthy Idempotent", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var replay = await SendAsync(va, $"/api/v1/accidents/{accident.Id}/casualties", json, key);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());

        await using var db = app.Db();
        var stored = await db.IdempotencyRecords.SingleAsync(r => r.Key == key);
        Assert.DoesNotContain("Chanthy", Encoding.UTF8.GetString(stored.Body), StringComparison.Ordinal);
        Assert.DoesNotContain("0199", Encoding.UTF8.GetString(stored.Body), StringComparison.Ordinal);

        await db.IdempotencyRecords.Where(r => r.Key == key).ExecuteUpdateAsync(r => r.SetProperty(x => x.CreatedAt, DateTimeOffset.UtcNow.AddHours(-25)));
        Assert.True(await app.Services.GetRequiredService<MineAction.Web.Security.IdempotencyCleanup>().RunOnceAsync(CancellationToken.None) >= 1);
        Assert.False(await db.IdempotencyRecords.AnyAsync(r => r.Key == key));
    }
}
