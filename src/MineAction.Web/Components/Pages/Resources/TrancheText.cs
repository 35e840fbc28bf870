using System.Globalization;
using MineAction.Application.Resources;
using MineAction.Domain.Resources;

namespace MineAction.Web.Components.Pages.Resources;

/// <summary>A schedule typed as text on the contribution forms: "2025: 400000; 2026: 600000".</summary>
public static class TrancheText
{
    public const string Help = "Write the tranches as year: amount, separated by semicolons, e.g. 2025: 400000; 2026: 600000.";

    /// <summary>Empty text → no tranches (true); unreadable text → false.</summary>
    public static bool TryParse(string? text, out List<TrancheInput>? tranches)
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
            if (pair.Length != 2 || !int.TryParse(pair[0], CultureInfo.InvariantCulture, out var year)
                || !decimal.TryParse(pair[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
            {
                return false;
            }

            tranches.Add(new TrancheInput(year, amount));
        }

        return true;
    }

    public static string Format(IEnumerable<Tranche> schedule) =>
        string.Join("; ", schedule.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Year}: {t.Amount:0.##}")));
}
