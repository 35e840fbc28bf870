using System.Text.RegularExpressions;

namespace MineAction.Web.Errors;

/// <summary>Turns validator property paths, JSON paths and binding failures into the API's camelCase field names and plain messages.</summary>
public static partial class FieldNames
{
    /// <summary>"Input.DirectBeneficiaries.Girls" → "directBeneficiaries.girls" (the body wrapper is dropped).</summary>
    public static string ToApi(string propertyPath)
    {
        var path = propertyPath.StartsWith("Input.", StringComparison.Ordinal) ? propertyPath[6..] : propertyPath;
        if (path.Length == 0 || path == "Input")
        {
            return "body";
        }

        return string.Join('.', path.Split('.').Select(CamelCase));
    }

    /// <summary>"$.directBeneficiaries.girls" → "directBeneficiaries.girls"; "$" → "body".</summary>
    public static string FromJsonPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$').TrimStart('.');

    /// <summary>
    /// A minimal-API binding failure ('Failed to bind parameter "Nullable&lt;HazardStatus&gt; Status" from "Closed".') as the parameter's
    /// name and a message saying what to send, without .NET type names.
    /// </summary>
    public static (string Field, string Message) FromBindingFailure(string message)
    {
        var match = BindingFailure().Match(message);
        if (!match.Success)
        {
            return ("body", message);
        }

        var field = CamelCase(match.Groups["name"].Value);
        var type = match.Groups["type"].Value;
        type = type.StartsWith("Nullable<", StringComparison.Ordinal) ? type[9..^1] : type;
        return (field, $"'{field}' must be {Expected(type)}; '{match.Groups["value"].Value}' is not.");
    }

    private static string Expected(string type) => type switch
    {
        "Guid" => "an identifier (UUID) such as 0190a6b8-2c4e-7a51-9b1c-3f2a8e6d4c10",
        "int" or "long" or "short" => "a whole number",
        "double" or "decimal" or "float" => "a number",
        "bool" => "true or false",
        "DateOnly" => "a date written yyyy-MM-dd",
        "DateTimeOffset" or "DateTime" => "a date and time in ISO 8601, e.g. 2026-01-31T09:00:00Z",
        _ when EnumNames(type) is { } names => $"one of {names}",
        _ => "a valid value",
    };

    /// <summary>The names of the MineAction enum called <paramref name="type"/>, when there is one.</summary>
    private static string? EnumNames(string type) =>
        typeof(Domain.Common.Entity).Assembly.GetTypes().Concat(typeof(Application.Common.Paging).Assembly.GetTypes())
            .FirstOrDefault(t => t.IsEnum && t.Name == type) is { } enumType
            ? string.Join(", ", Enum.GetNames(enumType))
            : null;

    private static string CamelCase(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];

    [GeneratedRegex("parameter \"(?<type>[^\"]*?) ?(?<name>\\w+)\" from \"(?<value>[^\"]*)\"")]
    private static partial Regex BindingFailure();
}
