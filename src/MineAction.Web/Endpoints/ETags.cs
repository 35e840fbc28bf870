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

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Func<object, uint?>?> Readers = new();

    public static uint? VersionOf(object record) => ReaderOf(record.GetType())?.Invoke(record);

    /// <summary>How to read a response type's record version (looked up once per type), or null when it carries none.</summary>
    public static Func<object, uint?>? ReaderOf(Type type) => Readers.GetOrAdd(type, t =>
        t.GetProperty("RowVersion") is { PropertyType: var own } version && own == typeof(uint) ? record => (uint?)version.GetValue(record)
        : t.GetProperty("Summary") is { } summary && summary.PropertyType.GetProperty("RowVersion") is { } inner && inner.PropertyType == typeof(uint)
            ? record => summary.GetValue(record) is { } s ? (uint?)inner.GetValue(s) : null
            : null);
}

