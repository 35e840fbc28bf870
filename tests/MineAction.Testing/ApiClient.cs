using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace MineAction.Testing;

/// <summary>Small helpers over HttpClient for JSON requests and ProblemDetails assertions.</summary>
public static class ApiClient
{
    public static async Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json) =>
        await client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    public static async Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response) =>
        await response.JsonAsync<JsonObject>();

    public static async Task<T> JsonAsync<T>(this HttpResponseMessage response)
        where T : JsonNode =>
        (T)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    /// <summary>Asserts the status and a ProblemDetails body; returns the body.</summary>
    public static async Task<JsonObject> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} but got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)status, body["status"]!.GetValue<int>());
        return body;
    }

    /// <summary>Asserts a 400 whose <c>errors</c> names <paramref name="field"/>; returns its messages.</summary>
    public static async Task<string> FieldErrorAsync(this HttpResponseMessage response, string field)
    {
        var body = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var errors = body["errors"]?.AsObject();
        Assert.True(errors is not null && errors.ContainsKey(field),
            $"Expected an error for '{field}' but got: {body.ToJsonString()}");
        return string.Join(" | ", errors[field]!.AsArray().Select(e => e!.GetValue<string>()));
    }

    public static string Json(object value) => JsonSerializer.Serialize(value, JsonSerializerOptions.Web);
}
