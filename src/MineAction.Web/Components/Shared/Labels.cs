using System.Globalization;
using MudBlazor;

namespace MineAction.Web.Components.Shared;

/// <summary>Human labels for enum values and the table-sort → API-sort mapping shared by list pages.</summary>
public static class Labels
{
    /// <summary>"InternationalNgo" → "International NGO"; SHA/CHA stay upper case; in the person's language where translated.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum => OfName(value.ToString());

    /// <summary>A PascalCase name in words ("HazardousArea" → "Hazardous area"), in the person's language where translated.</summary>
    public static string OfName(string name) => Localization.Ui.Translate(Words.OfName(name));

    /// <summary>The survey acronyms every mine action reader knows (NTS, TS) stay; battle area clearance and EOD spot tasks are spelt out.</summary>
    public static string Of(MineAction.Domain.LandRelease.ActivityType type) => type switch
    {
        MineAction.Domain.LandRelease.ActivityType.BAC => Localization.Ui.Translate("Battle area clearance"),
        MineAction.Domain.LandRelease.ActivityType.EOD => Localization.Ui.Translate("EOD spot task"),
        _ => OfName(type.ToString()),
    };

    /// <summary>"0–4", "5–11", "12–17", "18–59", "60+" as in the reports.</summary>
    public static string Of(MineAction.Domain.People.AgeGroup group) => Words.Of(group);

    /// <summary>The API sort key for a MudTable state: "name" or "-name".</summary>
    public static string? Sort(TableState state) =>
        string.IsNullOrEmpty(state.SortLabel) || state.SortDirection == SortDirection.None
            ? null
            : (state.SortDirection == SortDirection.Descending ? "-" : string.Empty) + state.SortLabel;

    /// <summary>An enum value given in the address (<c>?type=CHA</c>) by name; null when absent or not one of the enum's values.</summary>
    public static T? FromAddress<T>(string? text)
        where T : struct, Enum => Enum.TryParse<T>(text, out var value) && Enum.IsDefined(value) ? value : null;

    public static string Area(double m2) =>
        m2 >= 1_000_000 ? $"{m2 / 1_000_000:N2} km²" : $"{m2:N0} m²";

    /// <summary>
    /// The one form of a date on screen, in every language and in the date pickers: day, month name, year in the person's language
    /// ("2 Dec 2026", "2 déc. 2026", "2 ديسمبر 2026") — never read the wrong way round by a day-first or a month-first reader. Exports
    /// and the API keep ISO 8601 (2026-12-02); <see cref="Committed"/> gives browser tests the ISO form.
    /// </summary>
    public const string DayPattern = "d MMM yyyy";

    /// <summary>A date as <see cref="DayPattern"/> in the person's language; "—" when there is none.</summary>
    public static string Day(DateOnly? day) => day?.ToString(DayPattern, CultureInfo.CurrentCulture) ?? "—";

    /// <summary>The date of a date-time as <see cref="DayPattern"/>; "—" when there is none.</summary>
    public static string Day(DateTime? day) => day?.ToString(DayPattern, CultureInfo.CurrentCulture) ?? "—";

    /// <summary>The date of a moment as <see cref="DayPattern"/> (as stored, UTC); "—" when there is none.</summary>
    public static string Day(DateTimeOffset? at) => at?.ToString(DayPattern, CultureInfo.CurrentCulture) ?? "—";

    /// <summary>A moment as <see cref="DayPattern"/> and the time of day, 24-hour (as stored, UTC); "—" when there is none.</summary>
    public static string Moment(DateTimeOffset? at) => at?.ToString(DayPattern + " HH:mm", CultureInfo.CurrentCulture) ?? "—";

    /// <summary>A moment as <see cref="DayPattern"/> and the time of day, 24-hour; "—" when there is none.</summary>
    public static string Moment(DateTime? at) => at?.ToString(DayPattern + " HH:mm", CultureInfo.CurrentCulture) ?? "—";
}
