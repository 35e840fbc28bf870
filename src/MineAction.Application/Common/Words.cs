using System.Text.RegularExpressions;

namespace MineAction.Application.Common;

/// <summary>Enum values in the words a reader expects (the screens and the dashboard's charts say them the same way).</summary>
public static partial class Words
{
    /// <summary>A PascalCase name in words ("HazardousArea" → "Hazardous area", "InternationalNgo" → "International NGO"); SHA/CHA stay.</summary>
    public static string OfName(string name)
    {
        if (name.All(char.IsUpper))
        {
            return name;
        }

        var words = Capitals().Replace(name, " $1").Trim();
        var label = char.ToUpperInvariant(words[0]) + words[1..].ToLowerInvariant();
        return label.Replace(" ngo", " NGO", StringComparison.Ordinal);
    }

    /// <summary>"0–4", "5–11", "12–17", "18–59", "60+" as in the reports.</summary>
    public static string Of(AgeGroup group) => group switch
    {
        AgeGroup.Age0To4 => "0–4",
        AgeGroup.Age5To11 => "5–11",
        AgeGroup.Age12To17 => "12–17",
        AgeGroup.Age18To59 => "18–59",
        _ => "60+",
    };

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Capitals();
}
