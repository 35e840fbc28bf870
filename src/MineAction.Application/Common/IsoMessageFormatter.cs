using System.Globalization;
using FluentValidation.Internal;

namespace MineAction.Application.Common;

/// <summary>
/// Validation messages write the values they quote as an API client sends them, whatever the server's culture: dates as
/// ISO 8601 (2026-01-31, not 01/31/2026), numbers with a decimal point.
/// </summary>
public sealed class IsoMessageFormatter : MessageFormatter
{
    public override string BuildMessage(string messageTemplate)
    {
        foreach (var key in PlaceholderValues.Keys.ToList())
        {
            PlaceholderValues[key] = Iso(PlaceholderValues[key]);
        }

        return base.BuildMessage(messageTemplate);
    }

    private static object Iso(object value) => value switch
    {
        DateOnly d => IsoDate.Of(d),
        DateTime d => d.ToString(d.TimeOfDay == TimeSpan.Zero ? IsoDate.Pattern : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        IFormattable f and not Enum => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value,
    };
}
