using Microsoft.AspNetCore.Mvc.Testing;

namespace MineAction.Api.Tests.Platform;

/// <summary>In Production the browser is told to use HTTPS only (HSTS on HTTPS answers) and plain HTTP is redirected once the HTTPS port is known.</summary>
public sealed class TransportSecurityTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    [Fact]
    public async Task Https_answers_carry_hsts()
    {
        using var browser = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://mineaction.example") });
        var response = await browser.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_http_is_redirected_to_https_and_gets_no_hsts()
    {
        using var withPort = app.WithWebHostBuilder(b => b.UseSetting("https_port", "443"));
        using var browser = withPort.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://mineaction.example"), AllowAutoRedirect = false,
        });
        var response = await browser.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://mineaction.example/account/login", response.Headers.Location!.ToString());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
