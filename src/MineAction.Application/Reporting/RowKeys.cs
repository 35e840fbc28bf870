using System.Text.RegularExpressions;

namespace MineAction.Application.Reporting;

/// <summary>The row part of a cell id made from a name, so that ids stay readable and safe in a URL.</summary>
internal static partial class RowKeys
{
    /// <summary>Lower case letters and digits, anything else one hyphen ("PMN-2" → "pmn-2"); "unspecified" for a name with neither.</summary>
    public static string Of(string name)
    {
        var key = NotKey().Replace(name.ToLowerInvariant(), "-").Trim('-');
        return key.Length == 0 ? "unspecified" : key;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotKey();
}
