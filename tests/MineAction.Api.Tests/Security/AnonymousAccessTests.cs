namespace MineAction.Api.Tests.Security;

/// <summary>Without credentials the API answers 401 problems; health and the OpenAPI document stay public.</summary>
public sealed class AnonymousAccessTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    [Fact]
    public async Task Anonymous_api_calls_are_401_problems()
    {
        await (await app.CreateClient().GetAsync("/api/v1/hazardous-areas")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_401_says_to_send_a_bearer_token()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/hazardous-areas");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task A_401_for_a_bad_token_says_the_token_is_invalid()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "mat_not-a-real-token");
        var response = await client.GetAsync("/api/v1/hazardous-areas");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains("error=\"invalid_token\"", challenge.Parameter, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/health/ready")]
    [InlineData("/health/live")]
    [InlineData("/openapi/v1.json")]
    public async Task Health_and_the_api_description_are_public(string url)
    {
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync(url)).StatusCode);
    }
}
