using System.Text;
using Microsoft.EntityFrameworkCore;

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
}
