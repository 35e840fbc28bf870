using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using MineAction.Infrastructure.Demo;

namespace MineAction.Api.Tests.Account;

/// <summary>Cookie sign-in through the sign-in form: success, failure, lockout, and pages that need it.</summary>
public sealed partial class SignInTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    /// <summary>A browser on HTTPS: outside Development the sign-in cookies are Secure, so a browser on plain HTTP would never send them back.</summary>
    private HttpClient Browser() =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string email, string password, string returnUrl = "/hazardous-areas")
    {
        var form = await browser.GetStringAsync("/account/login");
        var token = AntiforgeryField().Match(form).Groups["value"].Value;
        return await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email, ["password"] = password, ["returnUrl"] = returnUrl, ["__RequestVerificationToken"] = token,
        }));
    }

    [Fact]
    public async Task Pages_redirect_to_sign_in()
    {
        var page = await Browser().GetAsync("/hazardous-areas");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/login", page.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_good_password_signs_in_and_returns_to_the_page()
    {
        var browser = Browser();
        var signIn = await SignInAsync(browser, "qm@tarsenia.example", DemoUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/hazardous-areas", signIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/hazardous-areas")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/admin-areas")).StatusCode);
    }

    [Theory]
    [InlineData("https")]
    [InlineData("http")]
    public async Task Outside_development_the_session_cookie_is_secure_even_when_asked_over_http(string scheme)
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri($"{scheme}://localhost"),
        });
        var form = await browser.GetAsync("/account/login");
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));

        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["email"] = "viewer@tarsenia.example", ["password"] = DemoUsers.Password, ["returnUrl"] = "/",
                ["__RequestVerificationToken"] = AntiforgeryField().Match(await form.Content.ReadAsStringAsync()).Groups["value"].Value,
            }),
        };
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        var signIn = await browser.SendAsync(post);
        var session = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("MineAction.Auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=strict", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        var browser = Browser();
        for (var i = 0; i < 4; i++)
        {
            var wrong = await SignInAsync(browser, "donor@tarsenia.example", $"Wrong-password-{i}");
            Assert.Contains("error=invalid", wrong.Headers.Location!.OriginalString);
        }

        var fifth = await SignInAsync(browser, "donor@tarsenia.example", "Wrong-password-5");
        Assert.Contains("error=invalid", fifth.Headers.Location!.OriginalString);
        var right = await SignInAsync(browser, "donor@tarsenia.example", DemoUsers.Password);
        Assert.Contains("error=invalid", right.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/admin-areas")).StatusCode);

        // The lockout answers like an unknown e-mail, and leaves the user's API tokens working (only an administrator's lock stops them).
        var unknown = await SignInAsync(Browser(), "nobody@tarsenia.example", "Wrong-password-0");
        Assert.Equal(right.Headers.Location!.OriginalString, unknown.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await app.ClientFor(Roles.DonorReporting).GetAsync("/api/v1/admin-areas")).StatusCode);
    }

    [Fact]
    public async Task A_foreign_return_url_is_ignored()
    {
        var response = await SignInAsync(Browser(), "viewer@tarsenia.example", DemoUsers.Password, "https://evil.example/");
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
