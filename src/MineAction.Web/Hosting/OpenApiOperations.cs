using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MineAction.Web.Hosting;

/// <summary>Completes each operation of the OpenAPI document from its endpoint: security, who may call, headers, real error responses, file types.</summary>
internal static partial class OpenApiOperations
{
    public static void Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var method = description.HttpMethod ?? "GET";
        var route = "/" + description.RelativePath;
        var body = description.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body)?.Type;
        var ifMatch = body?.GetProperty("ExpectedVersion") is not null;
        var ifMatchRequired = ifMatch && method == "PUT";
        operation.Responses ??= [];
        operation.Parameters ??= [];

        if (!OpenApiSetup.IsAnonymous(metadata))
        {
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(OpenApiSetup.BearerScheme, context.Document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(OpenApiSetup.CookieScheme, context.Document)] = [] },
            ];
        }

        if (OpenApiSetup.FileType(description.RelativePath) is { } fileType && operation.Responses.TryGetValue("200", out var file) && file is OpenApiResponse download)
        {
            download.Content = new Dictionary<string, OpenApiMediaType>
            {
                [fileType] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
            };
        }

        var problem = operation.Responses.Values.OfType<OpenApiResponse>()
            .SelectMany(r => r.Content ?? new Dictionary<string, OpenApiMediaType>())
            .FirstOrDefault(c => c.Key == "application/problem+json" && c.Value.Schema is OpenApiSchemaReference { Reference.Id: "ProblemDetails" }).Value;
        operation.Responses.Remove("412");
        operation.Responses.Remove("428");
        if (ifMatch)
        {
            operation.Parameters.Add(Header("If-Match", ifMatchRequired,
                ifMatchRequired
                    ? "The ETag you last read of the record: the change is refused with 412 if someone changed it since, with 428 if the header is missing."
                    : "The ETag you last read of the record (optional): with it, the change is refused with 412 if someone changed it since."));
            operation.Responses["412"] = Problem("Precondition Failed: the record was changed by someone else since you read it; reload it and apply your change again.", problem);
            if (ifMatchRequired)
            {
                operation.Responses["428"] = Problem("Precondition Required: send the record's ETag in If-Match.", problem);
            }
        }

        if (method == "POST" && route.StartsWith("/api/v1/", StringComparison.Ordinal))
        {
            operation.Parameters.Add(Header("Idempotency-Key", false,
                "Optional, at most 200 characters: a retried POST with the same key and body is answered with the first response instead of being applied twice."));
        }

        foreach (var status in new[] { "429", "503" })
        {
            if (operation.Responses.TryGetValue(status, out var retry) && retry is OpenApiResponse retryLater)
            {
                retryLater.Headers ??= new Dictionary<string, IOpenApiHeader>();
                retryLater.Headers["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before the next request.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
                };
            }
        }

        foreach (var (status, response) in operation.Responses.Where(r => r.Key is "200" or "201"))
        {
            if (response is OpenApiResponse success && HasRowVersion(description.SupportedResponseTypes
                    .FirstOrDefault(t => t.StatusCode.ToString(CultureInfo.InvariantCulture) == status)?.Type))
            {
                success.Headers ??= new Dictionary<string, IOpenApiHeader>();
                success.Headers["ETag"] = new OpenApiHeader
                {
                    Description = "The record's version: send it back in If-Match when you change the record.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
        }

        operation.Summary ??= Humanise(operation.OperationId);
        operation.Description ??= Explain(operation, metadata, ifMatch, ifMatchRequired);
    }

    /// <summary>Whether the response is one record with its version (at the top, or in its <c>Summary</c> as hazard details have it).</summary>
    private static bool HasRowVersion(Type? type) => type is not null && Endpoints.RecordVersionFilter.ReaderOf(type) is not null;

    private static OpenApiParameter Header(string name, bool required, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = required,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };

    private static OpenApiResponse Problem(string description, OpenApiMediaType? problem) => new()
    {
        Description = description,
        Content = problem is null ? null : new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = problem },
    };

    /// <summary>A summary from the operation id when the endpoint gives none: "ListActivities" → "List activities".</summary>
    private static string? Humanise(string? operationId) => operationId is null ? null
        : string.Concat(Words().Split(operationId).Where(w => w.Length > 0).Select((w, i) => i == 0 ? w : " " + w.ToLowerInvariant()));

    /// <summary>The description: what the operation does (its summary), who may call it, and how it reads If-Match.</summary>
    private static string Explain(OpenApiOperation operation, IList<object> metadata, bool ifMatch, bool ifMatchRequired)
    {
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Where(Policies.RolesOf.ContainsKey).Distinct().ToList();
        var roles = policies.Count == 0 ? null
            : policies.Select(p => (IEnumerable<string>)Policies.RolesOf[p]).Aggregate((a, b) => a.Intersect(b)).ToList();
        var who = OpenApiSetup.IsAnonymous(metadata) ? "Open to everyone, signed in or not."
            : roles is null ? "Any signed-in user."
            : $"Who may call it: {string.Join(", ", roles)}.";
        var version = ifMatch ? ifMatchRequired ? " Send If-Match with the ETag you last read." : " If-Match is optional." : string.Empty;
        return $"{operation.Summary?.TrimEnd('.')}. {who}{version}";
    }

    [GeneratedRegex("(?=[A-Z][a-z])")]
    private static partial Regex Words();
}
