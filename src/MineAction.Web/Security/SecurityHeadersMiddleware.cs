namespace MineAction.Web.Security;

/// <summary>
/// Response headers every answer carries: no MIME sniffing, no referrer leaving the site, no camera/microphone/payment, no framing; a
/// Content-Security-Policy the Blazor/MudBlazor/Leaflet UI works under (no inline or eval'd script); and <c>Cache-Control: no-store</c> on
/// the API and the pages, which can carry victims' personal data. Static files keep their own caching.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>The API returns data, never documents to render.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>Pages: scripts and styles from the site (styles also inline: MudBlazor and Leaflet set style attributes), map tiles from any https server.</summary>
    public const string PagePolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; "
        + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), payment=(), usb=(), geolocation=(self)";
            var path = context.Request.Path;
            var api = path.StartsWithSegments("/api", StringComparison.Ordinal) || path.StartsWithSegments("/openapi", StringComparison.Ordinal);
            var file = Path.HasExtension(path.Value) && !api;
            if (!file && !path.StartsWithSegments("/api-docs", StringComparison.Ordinal))
            {
                headers.ContentSecurityPolicy = api ? ApiPolicy : PagePolicy;
            }

            if (!file)
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
