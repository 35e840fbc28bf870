using MineAction.Application.Users;
using Microsoft.EntityFrameworkCore;
using MineAction.Application.Tokens;

namespace MineAction.Api.Tests.Tokens;

/// <summary>API tokens for integrations: shown once, stored hashed, revoked at once.</summary>
public sealed class TokenTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private HttpClient Viewer => app.ClientFor(Roles.Viewer);

    private Task<IssuedApiTokenDto> IssueAsync() => app.OnceAsync("gis-sync", () => Viewer.PostAsync<IssuedApiTokenDto>("/api/v1/tokens", new { name = "GIS sync" }));

    [Fact]
    public async Task A_new_token_signs_in()
    {
        var issued = await IssueAsync();
        Assert.StartsWith("mat_", issued.Secret);
        Assert.Equal("GIS sync", issued.Token.Name);
        Assert.Equal(HttpStatusCode.OK, (await app.ClientWithToken(issued.Secret).GetAsync("/api/v1/admin-areas")).StatusCode);
    }

    [Fact]
    public async Task The_secret_is_shown_once_and_stored_hashed()
    {
        var issued = await IssueAsync();
        Assert.Contains(await Viewer.GetAsync<List<ApiTokenDto>>("/api/v1/tokens"), t => t.Id == issued.Token.Id);
        Assert.DoesNotContain(issued.Secret, await Viewer.GetStringAsync("/api/v1/tokens"));
        await using var db = app.Db();
        Assert.False(await db.ApiTokens.AnyAsync(t => t.Hash == issued.Secret));
    }

    [Fact]
    public async Task A_token_needs_a_name()
    {
        await (await Viewer.PostAsJsonAsync("/api/v1/tokens", new { name = "" })).FieldErrorAsync("name");
    }

    [Fact]
    public async Task An_unknown_token_is_a_401_problem()
    {
        await (await app.ClientWithToken("mat_not-a-token").GetAsync("/api/v1/admin-areas")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_revoked_token_stops_working_at_once()
    {
        var (id, secret) = app.IssueToken("viewer@tarsenia.example");
        var client = app.ClientWithToken(secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/organisations")).StatusCode);

        Assert.NotNull((await client.PostAsync($"/api/v1/tokens/{id}/revoke", null).ReadAsync<ApiTokenDto>()).RevokedAt);
        await (await client.GetAsync("/api/v1/organisations")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_change_of_roles_or_a_lock_takes_effect_on_the_tokens_next_request_and_last_use_is_written_at_most_every_five_minutes()
    {
        var admin = app.ClientFor(Roles.Administrator);
        var user = await admin.PostAsync<UserDto>("/api/v1/users", new
        {
            email = "token.roles@example.org", displayName = "Token roles", password = "Token-roles-2026!", roles = new[] { Roles.Viewer },
        });
        var (tokenId, secret) = app.IssueToken(user.Email);
        var client = app.ClientWithToken(secret);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/audit")).StatusCode);

        await (await admin.PutAsJsonAsync($"/api/v1/users/{user.Id}/roles", new { roles = new[] { Roles.QualityManager } })).ReadAsync<UserDto>();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/audit")).StatusCode);

        await (await admin.PostAsync($"/api/v1/users/{user.Id}/lock", null)).ReadAsync<UserDto>();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/admin-areas")).StatusCode);
        await (await admin.PostAsync($"/api/v1/users/{user.Id}/unlock", null)).ReadAsync<UserDto>();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/admin-areas")).StatusCode);

        await using var db = app.Db();
        var firstUse = await db.ApiTokens.Where(t => t.Id == tokenId).Select(t => t.LastUsedAt).SingleAsync();
        Assert.NotNull(firstUse);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/admin-areas")).StatusCode);
        Assert.Equal(firstUse, await db.ApiTokens.Where(t => t.Id == tokenId).Select(t => t.LastUsedAt).SingleAsync());
    }

    [Fact]
    public async Task Revoking_an_unknown_token_is_404()
    {
        await (await app.ClientFor(Roles.Administrator).PostAsync($"/api/v1/tokens/{Guid.NewGuid()}/revoke", null)).ProblemAsync(HttpStatusCode.NotFound);
    }
}
