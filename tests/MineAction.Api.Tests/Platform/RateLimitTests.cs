using Microsoft.AspNetCore.Hosting;

namespace MineAction.Api.Tests.Platform;

/// <summary>An application whose tokens may make only three requests a minute.</summary>
public sealed class RateLimitedApp : MineActionApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimiting:TokenRequestsPerMinute", "3");
    }
}

/// <summary>Each token has its own request budget; over it the answer is 429 with Retry-After.</summary>
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
        var problem = await limited.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc6585#section-4", problem["type"]!.GetValue<string>());
        Assert.NotNull(limited.Headers.RetryAfter);

        Assert.Equal(HttpStatusCode.OK, (await app.ClientFor(Roles.DonorReporting).GetAsync("/api/v1/admin-areas")).StatusCode);
    }
}
