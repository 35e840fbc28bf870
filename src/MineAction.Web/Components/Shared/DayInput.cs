using System.Globalization;
using MudBlazor;

namespace MineAction.Web.Components.Shared;

/// <summary>
/// What a date picker shows and reads: it shows the date as every date on screen (<see cref="Labels.DayPattern"/>, "2 Dec 2026") and reads
/// that, the full month name, ISO 8601 (2026-12-02) or — in French and Arabic, where it is day first — the language's own short form
/// (02/12/2026). A month-first short form (12/2/2026) is never read: it is the one people mistype between programmes.
/// Used as <c>Converter="DayInput.Converter"</c> on every <c>MudDatePicker</c>.
/// </summary>
public sealed class DayInput : IReversibleConverter<DateTime?, string?>
{
    public const string Iso = MineAction.Domain.Common.IsoDate.Pattern;

    public static readonly DayInput Converter = new();

    public string? Convert(DateTime? input) => input?.ToString(Labels.DayPattern, CultureInfo.CurrentCulture);

    public DateTime? ConvertBack(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var culture = CultureInfo.CurrentCulture;
        if (DateTime.TryParseExact(input.Replace("\u200f", string.Empty, StringComparison.Ordinal).Trim(), Formats(culture), culture, DateTimeStyles.AllowWhiteSpaces, out var day))
        {
            return day.Date;
        }

        var example = new DateTime(2026, 3, 31, 0, 0, 0, DateTimeKind.Unspecified);
        throw new InvalidOperationException(Localization.Ui.Translate("Type the date as {0} or {1}.",
            example.ToString(Labels.DayPattern, culture), example.ToString(Iso, CultureInfo.InvariantCulture)));
    }

    private static string[] Formats(CultureInfo culture)
    {
        // Arabic's short form carries right-to-left marks (d\u200f/M\u200f/yyyy) nobody types.
        var shortPattern = culture.DateTimeFormat.ShortDatePattern.Replace("\u200f", string.Empty, StringComparison.Ordinal);
        var dayFirst = shortPattern.StartsWith('d');
        return dayFirst ? [Labels.DayPattern, "d MMMM yyyy", Iso, shortPattern] : [Labels.DayPattern, "d MMMM yyyy", Iso];
    }
}
