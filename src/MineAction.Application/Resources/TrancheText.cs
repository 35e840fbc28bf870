using System.Globalization;

namespace MineAction.Application.Resources;

/// <summary>
/// A contribution's schedule as text — year: amount pairs separated by semicolons ("2025: 400000; 2026: 600000") — as the contribution
/// forms and the contributions import file write it.
/// </summary>
public static class TrancheText
{
    public const string Help = "Write the tranches as year: amount, separated by semicolons, e.g. 2025: 400000; 2026: 600000.";

    /// <summary>As typed on a form: empty text → no tranches (true); unreadable text → false.</summary>
    public static bool TryParse(string? text, out List<TrancheInput>? tranches) =>
        TryParse(text, NumberStyles.Integer, NumberStyles.Number, out tranches);

    /// <summary>As a file gives it: the year in digits only, the amount with '.' before the decimals and no thousands separator.</summary>
    public static bool TryParseStrict(string? text, out List<TrancheInput>? tranches) =>
        TryParse(text, NumberStyles.None, NumberStyles.AllowDecimalPoint, out tranches);

    private static bool TryParse(string? text, NumberStyles years, NumberStyles amounts, out List<TrancheInput>? tranches)
    {
        tranches = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        tranches = [];
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split(':', StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || !int.TryParse(pair[0], years, CultureInfo.InvariantCulture, out var year)
                || !decimal.TryParse(pair[1], amounts, CultureInfo.InvariantCulture, out var amount))
            {
                tranches = null;
                return false;
            }

            tranches.Add(new TrancheInput(year, amount));
        }

        return true;
    }

    /// <summary>For a form: "2025: 400000; 2026: 600000".</summary>
    public static string Format(IEnumerable<Tranche> schedule) =>
        string.Join("; ", schedule.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Year}: {t.Amount:0.##}")));

    /// <summary>For a file, every digit kept so that it reads back the same: "2025:400000.00;2026:600000.00"; null without tranches.</summary>
    public static string? FormatExact(IReadOnlyCollection<Tranche> schedule) => schedule.Count == 0
        ? null
        : string.Join(';', schedule.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Year}:{t.Amount}")));
}
