using System.Text;
using CsCheck;
using System.Globalization;

namespace MineAction.Api.Tests.Reliability;

/// <summary>
/// Generated bad input (CsCheck): requests built from every POST/PUT operation's schema in the OpenAPI document, then mutated — wrong
/// types, nulls, huge and unicode strings, NUL and control characters, overflowing and non-finite numbers, impossible dates, combined and
/// unknown enum names, null list items, bad GeoJSON, foreign charsets and malformed JSON. Whatever is sent: never a 5xx, every 4xx is a
/// ProblemDetails, and a refused request writes nothing (every table's row count and checksum stay as they were).
/// MINEACTION_FUZZ_COUNT sets the number of requests (default 300); a failure prints CsCheck's seed to replay it.
/// </summary>
public sealed class GeneratedInputTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private static readonly int Count = int.TryParse(Environment.GetEnvironmentVariable("MINEACTION_FUZZ_COUNT"), out var n) ? n : 300;

    private static readonly string[] Strings =
    [
        "", " ", "x", "Kandara", "a\u0000b", "bell\u0007", "\uFFFF", "\uFDD0", "ñandú ∆ 😀 مرحبا 中文", "=HYPERLINK(\"x\")", "'; DROP TABLE hazardous_areas; --",
        new string('x', 10_000), "null", "0001-01-01", "9999-12-31", "2024-02-30", "not-a-guid", "00000000-0000-0000-0000-000000000000",
        "Farming,Herding", "1", "-1", "NaN", "Infinity", "AntiPersonnelMine", "Clearance", "Approved", "USD", "XTA",
    ];

    private static readonly JsonNode?[] Numbers =
    [
        0, -1, 1, 2, 13, int.MaxValue, int.MinValue, long.MaxValue, 1e28m, -1e28m, 0.5, 1e300, -1e300, 1e-320, 100_000, 100_001,
    ];

    private static readonly string[] Geometries =
    [
        """{"type":"Polygon","coordinates":[[[100.1,12.1],[100.11,12.1],[100.11,12.11],[100.1,12.11],[100.1,12.1]]]}""",
        """{"type":"Polygon","coordinates":[[[-90,0],[90,0],[90,10],[-90,10],[-90,0]]]}""",
        """{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}""",
        """{"type":"Polygon","coordinates":[]}""",
        """{"type":"Point","coordinates":[100.3,12.3]}""",
        """{"type":"Point","coordinates":[1e308,-1e308]}""",
        """{"type":"FeatureCollection","features":[]}""",
        """{"type":"LineString","coordinates":[[0,0],[1,1]]}""",
        """{"type":"Polygon","coordinates":[[[100.1,12.1],[100.1,12.1],[100.1,12.1],[100.1,12.1]]]}""",
        "[]", "\"polygon\"", "{}",
    ];

    private sealed record Operation(string Method, string Path, JsonObject? Schema);

    private async Task<(List<Operation> Operations, JsonObject Schemas)> OperationsAsync()
    {
        var document = await Platform.OpenApiDoc.LoadAsync(app);
        var schemas = document["components"]!["schemas"]!.AsObject();
        var operations = new List<Operation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject().Where(o => o.Key is "post" or "put"))
            {
                var reference = operation!["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"]?.GetValue<string>();
                operations.Add(new Operation(method.ToUpperInvariant(), path,
                    reference is null ? null : schemas[reference.Split('/')[^1]]?.AsObject()));
            }
        }

        return (operations, schemas);
    }

    /// <summary>A value for a schema: usually of its type (sometimes plausible), often mutated into something else.</summary>
    private static Gen<JsonNode?> Value(JsonNode? schema, JsonObject schemas, int depth)
    {
        if (schema?["$ref"]?.GetValue<string>() is { } reference)
        {
            return depth > 3 ? Gen.Const((JsonNode?)null) : Value(schemas[reference.Split('/')[^1]], schemas, depth + 1);
        }

        if (schema?["oneOf"] is JsonArray choices)
        {
            return Value(choices.FirstOrDefault(c => c?["type"]?.ToString() != "null") ?? choices[0], schemas, depth);
        }

        var types = schema?["type"]?.ToJsonString() ?? "\"string\"";
        var format = schema?["format"]?.GetValue<string>();
        var mutated = Gen.OneOf(
            Gen.OneOf(Strings).Select(s => (JsonNode?)JsonValue.Create(s)),
            Gen.OneOf(Numbers).Select(v => v?.DeepClone()),
            Gen.OneOf<JsonNode?>([null, true, new JsonArray(), new JsonObject(), new JsonArray((JsonNode?)null)]),
            Gen.OneOf(Geometries).Select(g => JsonNode.Parse(g)));
        Gen<JsonNode?> typed =
            schema?["enum"] is JsonArray names ? Gen.OneOf<JsonNode?>([.. names.Select(e => e?.DeepClone())])
            : format == "uuid" ? Gen.Guid.Select(g => (JsonNode?)JsonValue.Create(g))
            : format == "date" ? Gen.Date[new DateTime(1890, 1, 1), new DateTime(2110, 12, 31)].Select(d => (JsonNode?)JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            : types.Contains("integer", StringComparison.Ordinal) ? Gen.Int[-5, 200].Select(i => (JsonNode?)JsonValue.Create(i))
            : types.Contains("number", StringComparison.Ordinal) ? Gen.Double[-1000, 1e6].Select(d => (JsonNode?)JsonValue.Create(d))
            : types.Contains("boolean", StringComparison.Ordinal) ? Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))
            : types.Contains("array", StringComparison.Ordinal) ? Value(schema?["items"], schemas, depth + 1).Array[0, 4].Select(items => (JsonNode?)new JsonArray([.. items.Select(i => i?.DeepClone())]))
            : types.Contains("object", StringComparison.Ordinal) && schema?["properties"] is JsonObject ? Body(schema.AsObject(), schemas, depth + 1).Select(o => (JsonNode?)o)
            : Gen.OneOf(Strings).Select(s => (JsonNode?)JsonValue.Create(s));
        return Gen.Frequency((3, typed), (1, mutated));
    }

    /// <summary>An object of the schema's properties, some left out, sometimes with a field the request does not define.</summary>
    private static Gen<JsonObject> Body(JsonObject schema, JsonObject schemas, int depth)
    {
        var properties = schema["properties"]?.AsObject().Select(p => (p.Key, Gen: Value(p.Value, schemas, depth))).ToList() ?? [];
        return Gen.Select(Gen.Bool.Array[properties.Count], Gen.Int[0, 20],
            properties.Aggregate(Gen.Const(() => new List<JsonNode?>()), (all, p) => all.SelectMany(list => p.Gen.Select(v => { list.Add(v); return list; }))),
            (keep, extra, values) =>
            {
                var body = new JsonObject();
                for (var i = 0; i < properties.Count; i++)
                {
                    if (keep[i])
                    {
                        body[properties[i].Key] = values[i]?.DeepClone();
                    }
                }

                if (extra == 0)
                {
                    body["undefinedField"] = "surprise";
                }

                return body;
            });
    }

    private static HttpRequestMessage Request(Operation operation, string body, int wrapper)
    {
        var path = operation.Path.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{referralId}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
        var (text, charset) = wrapper switch
        {
            0 => ("{\"unterminated\": ", "utf-8"),
            1 => ("[" + body + "]", "utf-8"),
            2 => (body, "latin1"),
            3 => (string.Empty, "utf-8"),
            _ => (body, "utf-8"),
        };
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = charset };
        return new HttpRequestMessage(new HttpMethod(operation.Method), path) { Content = content };
    }

    /// <summary>
    /// The token's last-use time moves with every request, and PostGIS's own 8,500 reference systems are never written by the app (and slow to
    /// sum 300 times); every other table must stay as it was after a refused request.
    /// </summary>
    private static readonly string[] NotCompared = ["api_tokens", "spatial_ref_sys"];

    [Fact]
    public async Task No_generated_request_gets_a_5xx_and_a_refused_one_writes_nothing()
    {
        var (operations, schemas) = await OperationsAsync();
        var client = app.ClientFor(Roles.InformationManager);
        var cases = Gen.Int[0, operations.Count - 1].SelectMany(i =>
            (operations[i].Schema is { } schema ? Body(schema, schemas, 0) : Gen.Const(new JsonObject()))
            .Select(body => (Operation: operations[i], Body: body.ToJsonString())))
            ;
        var requests = Gen.Select(cases, Gen.Int[0, 24], (c, wrapper) => (c.Operation, c.Body, Wrapper: wrapper));

        await requests.SampleAsync(async c =>
        {
            var before = await TableChecksums.OfAsync(app.ConnectionString, NotCompared);
            using var response = await client.SendAsync(Request(c.Operation, c.Body, c.Wrapper));
            var status = (int)response.StatusCode;
            var answer = await response.Content.ReadAsStringAsync();
            Assert.True(status < 500, $"{c.Operation.Method} {c.Operation.Path} answered {status} to {c.Body[..Math.Min(c.Body.Length, 500)]}: {answer}");
            if (status >= 400)
            {
                Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
                    $"{c.Operation.Method} {c.Operation.Path} answered {status} without ProblemDetails: {answer}");
                Assert.Equal(before, await TableChecksums.OfAsync(app.ConnectionString, NotCompared));
            }
        }, iter: Count, threads: 1);
    }

    /// <summary>
    /// Every list of objects a request takes (review decisions, non-conformities, tranches…) refuses a <c>null</c> entry with a 400 naming the
    /// list — found by the generated requests above once (<c>{"items":[null]}</c> answered 500), now checked for every such list every run.
    /// </summary>
    [Fact]
    public async Task A_null_entry_in_any_list_of_objects_is_refused_by_name()
    {
        var (operations, schemas) = await OperationsAsync();
        var client = app.ClientFor(Roles.InformationManager);
        var lists = operations.SelectMany(o => (o.Schema?["properties"]?.AsObject() ?? []).Where(p => ListOfObjects(p.Value, schemas))
            .Select(p => (Operation: o, Property: p.Key))).ToList();
        Assert.True(lists.Count >= 3, $"only {lists.Count} lists of objects found");
        foreach (var (operation, property) in lists)
        {
            using var request = Request(operation, new JsonObject { [property] = new JsonArray((JsonNode?)null) }.ToJsonString(), 24);
            request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            using var response = await client.SendAsync(request);
            var answer = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{operation.Method} {operation.Path} answered {(int)response.StatusCode} to [null] in {property}: {answer}");
            Assert.Contains(property, answer, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static bool ListOfObjects(JsonNode? property, JsonObject schemas) =>
        property?["type"]?.ToJsonString().Contains("array", StringComparison.Ordinal) == true
        && property["items"]?["$ref"]?.GetValue<string>() is { } reference
        && schemas[reference.Split('/')[^1]]?["properties"] is not null;
}
