using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace MineAction.Web.Localization;

/// <summary>
/// The languages of the user interface: English (the texts themselves, which are the keys of the resource files), French and Arabic
/// (right to left). A person's choice is kept in the culture cookie; without one the browser's Accept-Language decides.
/// </summary>
public static class Languages
{
    public const string Default = "en";

    /// <summary>Culture code and the language's own name, as the language menu offers them.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> All = [("en", "English"), ("fr", "Français"), ("ar", "العربية")];

    public static bool IsSupported(string? code) => All.Any(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the current UI language is written right to left (Arabic).</summary>
    public static bool RightToLeft => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;

    /// <summary>The current UI language's code (<c>en</c>, <c>fr</c>, <c>ar</c>) for the page's <c>lang</c>.</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public static RequestLocalizationOptions Options()
    {
        var cultures = All.Select(l => new CultureInfo(l.Code)).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Default), SupportedCultures = cultures, SupportedUICultures = cultures,
        };
        // The cookie first (the person's choice), then the browser's languages; no query string (a link must not switch it silently).
        options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        return options;
    }

    /// <summary>
    /// <c>GET /culture?language=fr&amp;returnUrl=/hazardous-areas</c>: keeps the choice in the culture cookie for a year and goes back to the
    /// page (a path of this site only). An unknown language is a 400.
    /// </summary>
    public static void MapLanguageChoice(this IEndpointRouteBuilder app) =>
        app.MapGet("/culture", (string? language, string? returnUrl, HttpContext http) =>
        {
            if (!IsSupported(language))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown language",
                    detail: $"The language must be one of: {string.Join(", ", All.Select(l => l.Code))}.");
            }

            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language!.ToLowerInvariant())),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps });
            return Results.LocalRedirect(Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult.IsLocalUrl(returnUrl) ? returnUrl! : "/");
        }).ExcludeFromDescription();
}
