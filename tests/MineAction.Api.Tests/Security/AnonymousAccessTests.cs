namespace MineAction.Api.Tests.Security;

/// <summary>Without credentials the API answers 401 problems; health and the OpenAPI document stay public.</summary>
public sealed class AnonymousAccessTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    [Fact]
    public async Task Anonymous_api_calls_are_401_problems()
    {
        await (await app.CreateClient().GetAsync("/api/v1/hazardous-areas")).ProblemAsync(HttpStatusCode.Unauthorized);
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
