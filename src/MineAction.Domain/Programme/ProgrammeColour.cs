using System.Globalization;

namespace MineAction.Domain.Programme;

/// <summary>
/// The programme's colour: the app bar, buttons and links take it, with white text on it — so it must keep white text readable
/// (WCAG 2.1 contrast of at least 4.5:1, the level the accessibility checks hold every page to).
/// </summary>
public static class ProgrammeColour
{
    /// <summary>A deep slate blue, the app's own colour until an administrator gives the programme's (9.1:1 with white).</summary>
    public const string Default = "#1F4E5F";

    public const double MinimumContrast = 4.5;

    /// <summary>Whether the text is a colour as <c>#RRGGBB</c>.</summary>
    public static bool IsHex(string? colour) =>
        colour is { Length: 7 } && colour[0] == '#' && int.TryParse(colour.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _);

    /// <summary>The WCAG contrast ratio of white text on the colour (1 to 21).</summary>
    public static double ContrastWithWhite(string colour)
    {
        var rgb = int.Parse(colour.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        static double Channel(int value)
        {
            var c = value / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        var luminance = 0.2126 * Channel((rgb >> 16) & 0xFF) + 0.7152 * Channel((rgb >> 8) & 0xFF) + 0.0722 * Channel(rgb & 0xFF);
        return 1.05 / (luminance + 0.05);
    }

    /// <summary>What is wrong with the colour for the app bar — not #RRGGBB, or too light for white text — or null when nothing is.</summary>
    public static string? Problem(string colour)
    {
        if (!IsHex(colour))
        {
            return "The colour is written #RRGGBB, e.g. #1F4E5F.";
        }

        var contrast = ContrastWithWhite(colour);
        return contrast < MinimumContrast
            ? $"White text on {colour} would be hard to read (contrast {contrast:0.0}:1, at least {MinimumContrast}:1 needed): choose a darker shade."
            : null;
    }

    /// <summary>The colour in capitals, or the rule it breaks (<see cref="Problem"/>).</summary>
    public static string Of(string colour) => Problem(colour) is { } problem
        ? throw new DomainRuleViolation(IsHex(colour) ? "COLOUR_UNREADABLE" : "COLOUR_INVALID", problem, "colour")
        : colour.ToUpperInvariant();
}
