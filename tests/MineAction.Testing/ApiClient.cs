using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MineAction.Web.Hosting;

namespace MineAction.Testing;

/// <summary>Small helpers over HttpClient: typed reads of the API's DTOs, JSON requests and ProblemDetails assertions.</summary>
public static class ApiClient
{
    /// <summary>The API's JSON conventions (camelCase, enums by name), to read its answers into the application's DTOs.</summary>
    public static readonly JsonSerializerOptions Json = CreateJson();

    /// <summary>Asserts a 2xx answer and reads it as <typeparamref name="T"/>.</summary>
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Expected success but got {(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, Json)!;
    }

    public static async Task<T> ReadAsync<T>(this Task<HttpResponseMessage> response) => await (await response).ReadAsync<T>();

    public static async Task<T> GetAsync<T>(this HttpClient client, string url) => await (await client.GetAsync(url)).ReadAsync<T>();

    public static async Task<T> PostAsync<T>(this HttpClient client, string url, object body) =>
        await (await client.PostAsJsonAsync(url, body, Json)).ReadAsync<T>();

    public static async Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json) =>
        await client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    public static async Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(ifMatch == "*" ? EntityTagHeaderValue.Any : EntityTagHeaderValue.Parse(ifMatch));
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

    /// <summary>Asserts a 422 business-rule problem; returns its rule code.</summary>
    public static Task<string> RuleAsync(this HttpResponseMessage response) => response.RuleAsync(HttpStatusCode.UnprocessableEntity);

    /// <summary>Asserts a problem of this status with a rule code (409 conflicts carry one too); returns the code.</summary>
    public static async Task<string> RuleAsync(this HttpResponseMessage response, HttpStatusCode status) =>
        (await response.ProblemAsync(status))["code"]!.GetValue<string>();

    /// <summary>Asserts a 400 whose <c>errors</c> names <paramref name="field"/>; returns its messages.</summary>
    public static async Task<string> FieldErrorAsync(this HttpResponseMessage response, string field)
    {
        var body = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var errors = body["errors"]?.AsObject();
        Assert.True(errors is not null && errors.ContainsKey(field),
            $"Expected an error for '{field}' but got: {body.ToJsonString()}");
        return string.Join(" | ", errors[field]!.AsArray().Select(e => e!.GetValue<string>()));
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ServiceSetup.ConfigureJson(options);
        return options;
    }
}
