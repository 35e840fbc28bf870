using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace MineAction.Api.Tests.Security;

/// <summary>What REST integrations rely on: idempotent POSTs and tokens that stop working when revoked.</summary>
public sealed class IntegrationTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private static HttpRequestMessage Post(string url, string json, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return request;
    }

    private async Task<int> CountAsync(string acronym)
    {
        await using var db = app.Db();
        return await db.Organisations.CountAsync(o => o.Acronym == acronym);
    }

    [Fact]
    public async Task The_same_idempotency_key_and_body_replays_the_first_response_without_a_second_insert()
    {
        var client = app.ClientFor(Roles.InformationManager);
        const string json = """{"name":"Idempotent Demining","acronym":"IDEM","type":"NationalNgo","countryCode":"XTA"}""";
        var key = Guid.NewGuid().ToString();

        var first = await client.SendAsync(Post("/api/v1/organisations", json, key));
        var second = await client.SendAsync(Post("/api/v1/organisations", json, key));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await CountAsync("IDEM"));

        var other = await client.SendAsync(Post("/api/v1/organisations", json.Replace("IDEM", "IDEM2", StringComparison.Ordinal), key));
        var problem = await other.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", problem["code"]!.GetValue<string>());
        Assert.Equal(0, await CountAsync("IDEM2"));
    }

    [Fact]
    public async Task Keys_belong_to_their_user_and_failed_requests_are_not_kept()
    {
        var key = Guid.NewGuid().ToString();
        var bad = await app.ClientFor(Roles.InformationManager).SendAsync(Post("/api/v1/organisations", "{}", key));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        const string json = """{"name":"Retried Demining","acronym":"RETRY","type":"NationalNgo","countryCode":"XTA"}""";
        Assert.Equal(HttpStatusCode.Created, (await app.ClientFor(Roles.InformationManager).SendAsync(Post("/api/v1/organisations", json, key))).StatusCode);
        var admin = await app.ClientFor(Roles.Administrator).SendAsync(Post("/api/v1/organisations",
            json.Replace("RETRY", "RETRY2", StringComparison.Ordinal), key));
        Assert.Equal(HttpStatusCode.Created, admin.StatusCode);
    }

    [Fact]
    public async Task Without_a_key_two_posts_are_two_records()
    {
        var client = app.ClientFor(Roles.InformationManager);
        await client.SendAsync(Post("/api/v1/organisations", """{"name":"Twice A","acronym":"TWA","type":"NationalNgo","countryCode":"XTA"}""", null));
        var again = await client.SendAsync(Post("/api/v1/organisations", """{"name":"Twice A","acronym":"TWA","type":"NationalNgo","countryCode":"XTA"}""", null));
        await again.FieldErrorAsync("acronym");
    }

    [Fact]
    public async Task A_revoked_token_stops_working_at_once()
    {
        var (id, secret) = app.IssueToken("viewer@tarsenia.example");
        var client = app.ClientWithToken(secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/organisations")).StatusCode);

        var revoked = await client.PostAsync($"/api/v1/tokens/{id}/revoke", null);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);

        await (await client.GetAsync("/api/v1/organisations")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Tokens_are_shown_once_and_stored_hashed()
    {
        var client = app.ClientFor(Roles.Viewer);
        var created = await (await client.PostAsJsonAsync("/api/v1/tokens", new { name = "GIS sync" })).JsonAsync();
        var secret = created["secret"]!.GetValue<string>();
        Assert.StartsWith("mat_", secret);

        var list = await (await client.GetAsync("/api/v1/tokens")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(secret, list);
        await using var db = app.Db();
        Assert.False(await db.ApiTokens.AnyAsync(t => t.Hash == secret));
        Assert.Equal(HttpStatusCode.OK, (await app.ClientWithToken(secret).GetAsync("/api/v1/admin-areas")).StatusCode);

        await (await client.PostAsJsonAsync("/api/v1/tokens", new { name = "" })).FieldErrorAsync("name");
        await (await app.ClientWithToken("mat_not-a-token").GetAsync("/api/v1/admin-areas")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await app.ClientFor(Roles.Administrator).PostAsync($"/api/v1/tokens/{Guid.NewGuid()}/revoke", null)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Anonymous_api_calls_are_401_problems_and_health_stays_public()
    {
        var anonymous = app.CreateClient();
        await (await anonymous.GetAsync("/api/v1/hazardous-areas")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
    }
}

/// <summary>An application whose tokens may make only three requests a minute.</summary>
public sealed class RateLimitedApp : MineActionApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimiting:TokenRequestsPerMinute", "3");
    }
}

public sealed class RateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task A_token_over_its_limit_gets_429_with_retry_after_and_others_are_unaffected()
    {
        var client = app.ClientFor(Roles.Viewer);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/admin-areas")).StatusCode);
        }

        var limited = await client.GetAsync("/api/v1/admin-areas");
        await limited.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(limited.Headers.RetryAfter);

        Assert.Equal(HttpStatusCode.OK, (await app.ClientFor(Roles.DonorReporting).GetAsync("/api/v1/admin-areas")).StatusCode);
    }
}
