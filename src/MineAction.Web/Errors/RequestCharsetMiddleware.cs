using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace MineAction.Web.Errors;

/// <summary>
/// The API reads UTF-8 only: a request body declared in another charset (<c>application/json; charset=bogus</c>, latin1…) is refused with
/// 415 ProblemDetails before any endpoint tries to decode it.
/// </summary>
public sealed class RequestCharsetMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
            && MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type)
            && type.Charset.HasValue
            && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !type.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            var problem = new ProblemDetails
            {
                Status = StatusCodes.Status415UnsupportedMediaType,
                Title = "Unsupported charset",
                Detail = $"The API reads request bodies in UTF-8 only; send Content-Type: {type.MediaType}; charset=utf-8 (or no charset).",
                Type = "https://tools.ietf.org/html/rfc9110#section-15.5.16",
            };
            problem.Extensions["code"] = "CHARSET_NOT_SUPPORTED";
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
            return;
        }

        await next(context);
    }
}
