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

    /// <summary>The one form of a date on screen, as in the date pickers and the exports: 2024-03-01 (ISO 8601).</summary>
    public const string DayFormat = "yyyy-MM-dd";

    /// <summary>A date as <see cref="DayFormat"/>, whatever the server's culture; "—" when there is none.</summary>
    public static string Day(DateOnly? day) => day?.ToString(DayFormat, System.Globalization.CultureInfo.InvariantCulture) ?? "—";
}
