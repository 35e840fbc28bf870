using System.Collections.Concurrent;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MineAction.Web.Hosting;

/// <summary>
/// Completes the schemas: ProblemDetails carries <c>code</c>, <c>traceId</c> and <c>conflicting</c>; computed properties (no setter, e.g.
/// <c>Sadd.total</c>) are read-only; a request body's <c>required</c> lists exactly the fields its validator refuses to go without, and the
/// types nested in request bodies require nothing the server does not.
/// </summary>
internal static class OpenApiSchemas
{
    private static readonly ConcurrentDictionary<Type, HashSet<string>?> RequiredByValidator = new();
    private static readonly Lazy<HashSet<Type>> NestedInRequests = new(FindNestedInRequests);

    public static void Describe(OpenApiSchema schema, OpenApiSchemaTransformerContext context)
    {
        var type = context.JsonTypeInfo.Type;
        DescribeEnums(schema, type);
        if (typeof(ProblemDetails).IsAssignableFrom(type))
        {
            schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
            schema.Properties["code"] = Text("The broken rule's stable code (409, 422), e.g. ACCREDITATION_REQUIRED.");
            schema.Properties["traceId"] = Text("Quote it when reporting a problem: it finds the request in the logs.");
            schema.Properties["conflicting"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Items = new OpenApiSchema { Type = JsonSchemaType.String },
                Description = "The records a 409 conflicts with.",
            };
            return;
        }

        foreach (var property in context.JsonTypeInfo.Properties.Where(p => p.Set is null && p.AssociatedParameter is null))
        {
            if (schema.Properties?.TryGetValue(property.Name, out var computed) == true && computed is OpenApiSchema readOnly)
            {
                readOnly.ReadOnly = true;
            }
        }

        if (typeof(IMessage).IsAssignableFrom(type))
        {
            var required = RequiredByValidator.GetOrAdd(type, t => Required(t, context.ApplicationServices));
            schema.Required = required is null ? null
                : new HashSet<string>(context.JsonTypeInfo.Properties.Where(p => p.AttributeProvider is System.Reflection.MemberInfo m && required.Contains(m.Name))
                    .Select(p => p.Name));
        }
        else if (NestedInRequests.Value.Contains(type))
        {
            schema.Required = null;
        }
    }

    /// <summary>
    /// Enums are read by <see cref="StrictEnumConverter"/>, whose schema the generator cannot see: an enum is a string of its names, and a
    /// list of enums has such items.
    /// </summary>
    private static void DescribeEnums(OpenApiSchema schema, Type type)
    {
        if ((Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } enumType)
        {
            schema.Type = type == enumType ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
            schema.Enum = [.. Enum.GetNames(enumType).Select(n => (System.Text.Json.Nodes.JsonNode)n)];
            if (type != enumType)
            {
                schema.Enum.Add(null!);
            }
        }
        else if (schema.Items is null && type != typeof(string) && type.GetInterfaces().Append(type)
                     .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0] is { IsEnum: true } item)
        {
            var items = new OpenApiSchema();
            DescribeEnums(items, item);
            schema.Items = items;
        }
    }

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };

    /// <summary>The properties whose validation rules refuse a missing value whatever the rest of the request (NotNull / NotEmpty without a condition).</summary>
    private static HashSet<string>? Required(Type type, IServiceProvider services)
    {
        using var scope = services.CreateScope();
        if (scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(type)) is not IValidator validator)
        {
            return null;
        }

        var descriptor = validator.CreateDescriptor();
        return descriptor.GetMembersWithValidators()
            .Where(member => descriptor.GetRulesForMember(member.Key).Any(rule => !rule.HasCondition && !rule.HasAsyncCondition
                && rule.Components.Any(c => c.Validator is INotNullValidator or INotEmptyValidator && !c.HasCondition && !c.HasAsyncCondition)))
            .Select(member => member.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Types found inside request bodies (records of the use-case commands' properties, at any depth), except the commands themselves.</summary>
    private static HashSet<Type> FindNestedInRequests()
    {
        var found = new HashSet<Type>();
        var commands = typeof(Application.DependencyInjection).Assembly.GetTypes().Where(t => typeof(IMessage).IsAssignableFrom(t) && !t.IsAbstract);
        var pending = new Stack<Type>(commands.SelectMany(PropertyTypes));
        while (pending.TryPop(out var type))
        {
            if (type.Namespace?.StartsWith("MineAction", StringComparison.Ordinal) == true && !type.IsEnum && found.Add(type))
            {
                foreach (var inner in PropertyTypes(type))
                {
                    pending.Push(inner);
                }
            }
        }

        return found;
    }

    private static IEnumerable<Type> PropertyTypes(Type type) =>
        type.GetProperties().Select(p => p.PropertyType).SelectMany(t => t.IsGenericType ? t.GetGenericArguments() : t.IsArray ? [t.GetElementType()!] : [t])
            .Select(t => Nullable.GetUnderlyingType(t) ?? t);
}
