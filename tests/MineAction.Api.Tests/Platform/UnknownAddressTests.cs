using System.Net.Http.Headers;

namespace MineAction.Api.Tests.Platform;

/// <summary>An address nothing answers: a browser is sent to a page saying so, the API answers problem+json 404 — never raw JSON on a page.</summary>
public sealed class UnknownAddressTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    /// <summary>A browser-like client that does not follow redirects (HttpClient would drop the token on the way).</summary>
    private HttpClient Browser()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", app.IssueToken(MineActionApp.DemoUser(Roles.Viewer)).Secret);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return client;
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/hazards/not/a/page?x=1")]
    public async Task A_browser_asking_for_an_unknown_page_is_sent_to_the_not_found_page(string path)
    {
        var browser = Browser();
        var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/not-found?path={Uri.EscapeDataString(path)}", response.Headers.Location?.OriginalString);
        var page = await browser.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/no-such-thing")]
    [InlineData("/api/v1/hazardous-areas/not-a-guid/more")]
    public async Task An_unknown_api_address_stays_a_problem_404_even_from_a_browser(string path)
    {
        var response = await Browser().GetAsync(path);
        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_client_not_asking_for_html_gets_the_problem_404()
    {
        var response = await app.ClientFor(Roles.Viewer).GetAsync("/no-such-page");
        await response.ProblemAsync(HttpStatusCode.NotFound);
    }
}
