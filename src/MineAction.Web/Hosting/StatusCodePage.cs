using Microsoft.AspNetCore.Diagnostics;

namespace MineAction.Web.Hosting;

/// <summary>
/// What an error status without a body says: a person's browser asking for a page nothing answers is sent to the not-found page (which
/// names the address and leads back); everything else — the API above all — gets RFC 9457 problem+json, as before.
/// </summary>
public static class StatusCodePage
{
    public const string NotFoundPath = "/not-found";

    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (http.Response.StatusCode == StatusCodes.Status404NotFound && HttpMethods.IsGet(http.Request.Method)
            && !http.Request.Path.StartsWithSegments("/api") && http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.Redirect($"{NotFoundPath}?path={Uri.EscapeDataString(http.Request.Path + http.Request.QueryString)}");
            return;
        }

        await TypedResults.Problem(statusCode: http.Response.StatusCode).ExecuteAsync(http); // problem+json whatever the Accept header says
    }
}
