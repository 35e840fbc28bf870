using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace MineAction.Web.Endpoints;

/// <summary>Optimistic concurrency over HTTP: the row version travels as ETag / If-Match.</summary>
public static class ETags
{
    public static void Set(HttpContext context, uint rowVersion) =>
        context.Response.Headers.ETag = $"\"{rowVersion.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>200 with the record and its row version as ETag.</summary>
    public static Ok<T> Ok<T>(HttpContext context, T record, uint rowVersion)
    {
        Set(context, rowVersion);
        return TypedResults.Ok(record);
    }

    /// <summary>The version in If-Match, when the client sent one (a change then fails with 412 if someone else changed the record).</summary>
    public static uint? Optional(HttpContext context) => Expected(context.Request, required: false);

    /// <summary>The version in If-Match, which this change needs (428 when absent).</summary>
    public static uint? Required(HttpContext context) => Expected(context.Request, required: true);

    private static uint? Expected(HttpRequest request, bool required)
    {
        var header = request.Headers[HeaderNames.IfMatch].ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return required
                ? throw new PreconditionRequiredException(
                    "Send the ETag you last read in an If-Match header, so that changes made by others are not overwritten.")
                : null;
        }

        if (header.Trim() == "*")
        {
            return null;
        }

        var value = header.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return uint.TryParse(value.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw Invalid.Field("If-Match", "If-Match must be an ETag returned by this API, e.g. \"12345\".");
    }
}

/// <summary>
/// Every answer that carries one record with its version (<c>RowVersion</c>, or <c>Summary.RowVersion</c> for hazard details) sends that version
/// as ETag, as the OpenAPI document declares — whichever handler produced it.
/// </summary>
public sealed class RecordVersionFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (result is IValueHttpResult { Value: { } record } && !context.HttpContext.Response.Headers.ContainsKey(HeaderNames.ETag)
            && VersionOf(record) is { } version)
        {
            ETags.Set(context.HttpContext, version);
        }

        return result;
    }

    public static uint? VersionOf(object record) =>
        record.GetType().GetProperty("RowVersion")?.GetValue(record) as uint?
        ?? (record.GetType().GetProperty("Summary")?.GetValue(record) is { } summary ? summary.GetType().GetProperty("RowVersion")?.GetValue(summary) as uint? : null);
}

