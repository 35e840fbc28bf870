namespace MineAction.Api.Tests.Platform;

/// <summary>An address nothing answers: a page saying so for people, a problem+json 404 for the API — never raw JSON on a page.</summary>
public sealed class UnknownAddressTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/hazards/not/a/page")]
    public async Task An_unknown_page_is_the_apps_page_saying_so_not_raw_json(string path)
    {
        // The page (NotFoundPage, its text checked by bUnit) renders once interactive; the shell answers 200, as for every page.
        var response = await app.ClientFor(Roles.Viewer).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("blazor.web.js", html, StringComparison.Ordinal); // the app's page (NotFoundPage renders in it), not raw JSON
        Assert.DoesNotContain("\"title\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/no-such-thing")]
    [InlineData("/api/v1/hazardous-areas/not-a-guid/more")]
    public async Task An_unknown_api_address_stays_a_problem_404(string path)
    {
        var response = await app.ClientFor(Roles.Viewer).GetAsync(path);
        var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("/api-docs", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_page_asks_a_stranger_to_sign_in_first()
    {
        var response = await app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .GetAsync("/no-such-page");
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Redirect, HttpStatusCode.Found, HttpStatusCode.OK });
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
    }
}
