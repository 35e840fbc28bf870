using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation.Results;

namespace MineAction.Application.Common;

/// <summary>
/// Rules every value of every request obeys, whatever its use case, checked before the validators (API and UI alike): text without NUL,
/// control characters or Unicode non-characters (PostgreSQL refuses NUL, XML the rest); dates between 1900 and 2100; amounts within what
/// the database stores; enum values that are exactly one of their names (no "Farming,Herding"); lists of at most
/// <see cref="MaxListItems"/> items and without empty items; nested objects present where their type requires them. Each problem names the field as the API does (<c>schedule[2].amount</c>).
/// </summary>
public static class InputSanity
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;
    public const int MaxListItems = 1000;

    /// <summary>The largest amount any field takes (a trillion): money columns hold 16 digits before the point; rate × amount stays inside.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    private static readonly ConcurrentDictionary<PropertyInfo, bool> NonNullable = new();

    /// <summary>The properties a request type is read into (settable, not ignored), looked up once per type.</summary>
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Fields = new();

    public static List<ValidationFailure> Check(object message)
    {
        var failures = new List<ValidationFailure>();
        Walk(message, string.Empty, failures, depth: 0);
        return failures;
    }

    /// <summary>Why the text cannot be stored or exported, or null.</summary>
    public static string? TextProblem(string text)
    {
        foreach (var c in text)
        {
            if ((char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF' || c is >= '\uFDD0' and <= '\uFDEF')
            {
                return $"contains the character U+{(int)c:X4}, which is not text; remove it";
            }
        }

        return null;
    }

    private static void Walk(object? value, string path, List<ValidationFailure> failures, int depth)
    {
        var problem = value switch
        {
            null => null,
            string text => TextProblem(text),
            DateOnly date when date.Year is < MinYear or > MaxYear => $"must be a date between {MinYear}-01-01 and {MaxYear}-12-31",
            DateTimeOffset moment when moment.Year is < MinYear or > MaxYear => $"must be a time between {MinYear} and {MaxYear}",
            decimal amount when Math.Abs(amount) > MaxAmount => $"must be at most {MaxAmount:N0} in size",
            double number when !double.IsFinite(number) => "must be a finite number",
            Enum e when !Enum.IsDefined(e.GetType(), e) => $"must be one of: {string.Join(", ", Enum.GetNames(e.GetType()))}",
            _ => null,
        };
        if (problem is not null)
        {
            failures.Add(new ValidationFailure(path, $"'{path}' {problem}."));
            return;
        }

        // A byte array is a file (a logo), sized by its own rule, not a list of items.
        if (value is null or string or byte[] or System.Text.Json.JsonElement || depth > 8 || value.GetType().IsPrimitive || value.GetType().IsValueType && value is not IEnumerable)
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                if (index == MaxListItems)
                {
                    failures.Add(new ValidationFailure(path, $"'{path}' holds at most {MaxListItems} items."));
                    return;
                }

                if (item is null)
                {
                    failures.Add(new ValidationFailure($"{path}[{index}]", $"'{path}[{index}]' is empty; send an item or leave it out."));
                }

                Walk(item, $"{path}[{index}]", failures, depth + 1);
                index++;
            }

            return;
        }

        if (value.GetType().Namespace?.StartsWith("MineAction", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in Fields.GetOrAdd(value.GetType(), t => [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0 && p.CanWrite && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)]))
        {
            var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            var field = path.Length == 0 ? name : $"{path}.{name}";
            var inner = property.GetValue(value);
            if (inner is null && NonNullable.GetOrAdd(property, p => new NullabilityInfoContext().Create(p).ReadState == NullabilityState.NotNull))
            {
                failures.Add(new ValidationFailure(field, $"'{field}' is required."));
            }

            Walk(inner, field, failures, depth + 1);
        }
    }
}
