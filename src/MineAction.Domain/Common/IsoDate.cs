using System.Globalization;

namespace MineAction.Domain.Common;

/// <summary>
/// A day written as ISO 8601 (<c>2026-03-31</c>): the one form of a date in files, the API, messages and addresses, whatever the
/// language of the person reading (screens show each language's own form).
/// </summary>
public static class IsoDate
{
    public const string Pattern = "yyyy-MM-dd";

    public static string Of(DateOnly day) => day.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>Reads exactly <c>yyyy-MM-dd</c>.</summary>
    public static bool TryRead(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
