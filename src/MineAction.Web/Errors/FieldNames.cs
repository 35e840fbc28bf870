using System.Text.RegularExpressions;

namespace MineAction.Web.Errors;

/// <summary>Turns validator property paths and JSON paths into the API's camelCase field names.</summary>
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

        return string.Join('.', path.Split('.').Select(s => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..]));
    }

    /// <summary>"$.directBeneficiaries.girls" → "directBeneficiaries.girls"; "$" → "body".</summary>
    public static string FromJsonPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$').TrimStart('.');

    /// <summary>Names the parameter in a minimal-API binding failure: 'Failed to bind parameter "int page" …'.</summary>
    public static string FromBindingMessage(string message)
    {
        var match = BindingParameter().Match(message);
        return match.Success ? match.Groups["name"].Value : "body";
    }

    [GeneratedRegex("parameter \"[^\"]*?(?<name>\\w+)\"")]
    private static partial Regex BindingParameter();
}
