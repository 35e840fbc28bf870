using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace MineAction.Web.Endpoints;

/// <summary>
/// A GeoJSON FeatureCollection (RFC 7946) streamed to the response as the records are read: each feature's geometry is written by
/// NetTopologySuite.IO.GeoJSON4STJ (right-hand rule, full precision), its properties are the list's columns as the API names them.
/// Memory does not grow with the number of features.
/// </summary>
public static class GeoJsonFile
{
    public const string ContentType = "application/geo+json";

    private const int FlushBytes = 64 * 1024;

    public static IResult FeatureCollection<T>(string fileName, IAsyncEnumerable<MapFeature<T>> features) => new Result<T>(fileName, features);

    /// <summary>The collection as the body of an API answer (a map layer), not a download.</summary>
    public static IResult Inline<T>(IEnumerable<MapFeature<T>> features) => new Result<T>(null, features.ToAsyncEnumerable());

    /// <summary>
    /// Writes the collection to a pipe (the response's <c>BodyWriter</c>): the JSON writer only fills the pipe's buffer, and the pipe is
    /// flushed asynchronously every <see cref="FlushBytes"/> — Kestrel refuses synchronous writes, and the serializer flushes its writer.
    /// </summary>
    public static async Task WriteAsync<T>(PipeWriter body, IAsyncEnumerable<MapFeature<T>> features, JsonSerializerOptions properties,
        CancellationToken cancellationToken = default)
    {
        using var json = new Utf8JsonWriter(body);
        var flushed = 0L;
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        await foreach (var feature in features.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WritePropertyName("geometry");
            if (feature.Geometry is null)
            {
                json.WriteNullValue();
            }
            else
            {
                JsonSerializer.Serialize(json, feature.Geometry, GeoJson.Options);
            }

            json.WritePropertyName("properties");
            JsonSerializer.Serialize(json, feature.Properties, properties);
            json.WriteEndObject();
            json.Flush();
            if (json.BytesCommitted - flushed > FlushBytes)
            {
                flushed = json.BytesCommitted;
                await body.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        await body.FlushAsync(cancellationToken);
    }

    private sealed class Result<T>(string? fileName, IAsyncEnumerable<MapFeature<T>> features) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var options = httpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            httpContext.Response.ContentType = ContentType;
            if (fileName is not null)
            {
                httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            }

            await WriteAsync(httpContext.Response.BodyWriter, features, options, httpContext.RequestAborted);
        }
    }
}
