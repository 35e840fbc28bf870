using System.Globalization;

namespace MineAction.Web.Components.Shared;

/// <summary>
/// A field's value as the server holds it, rendered into the field as <c>data-value</c>. Blazor Server dispatches each
/// browser event without waiting for the previous handler to finish, and MudBlazor commits typed text in an asynchronous
/// change handler, so "the field shows it" does not mean "the page has it". Browser tests wait for <c>data-value</c>
/// before they press a button that reads the field.
/// </summary>
public static class Committed
{
    public static string? Of(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString(DayInput.Iso, CultureInfo.InvariantCulture),
        DateOnly d => d.ToString(DayInput.Iso, CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
