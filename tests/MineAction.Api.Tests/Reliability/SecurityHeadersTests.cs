namespace MineAction.Api.Tests.Reliability;

/// <summary>Every answer carries the hardening headers; API answers and pages, which can hold personal data, are never cached.</summary>
public sealed class SecurityHeadersTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private static string Header(HttpResponseMessage response, string name) =>
        string.Join(",", response.Headers.TryGetValues(name, out var values) ? values : response.Content.Headers.TryGetValues(name, out var content) ? content : []);

    [Fact]
    public async Task Api_answers_are_not_sniffed_framed_referred_or_cached()
    {
        var response = await app.ClientFor(Roles.VictimAssistanceOfficer).GetAsync("/api/v1/casualties");
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
        Assert.Equal("no-store", Header(response, "Cache-Control"));
    }

    [Fact]
    public async Task Pages_run_under_a_content_security_policy_without_inline_or_evaluated_script()
    {
        var page = await app.CreateClient().GetAsync("/account/login");
        var policy = Header(page, "Content-Security-Policy");
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("no-store", Header(page, "Cache-Control"));
    }

    [Fact]
    public async Task Problems_carry_the_headers_too() =>
        Assert.Equal("nosniff", Header(await app.CreateClient().GetAsync("/api/v1/casualties"), "X-Content-Type-Options"));
}
