using System.Globalization;

namespace MineAction.Domain.Resources;

/// <summary>ISO 4217 currency codes: those of the world's regions as .NET knows them, plus a few used in aid (XDR, XOF, XAF …).</summary>
public static class Currency
{
    public const string Usd = "USD";

    private static readonly HashSet<string> Known = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c =>
        {
            try
            {
                return new RegionInfo(c.Name).ISOCurrencySymbol;
            }
            catch (ArgumentException)
            {
                return null;
            }
        })
        .OfType<string>()
        .Where(code => code.Length == 3 && code.All(char.IsAsciiLetterUpper))
        .Concat(["XDR", "XOF", "XAF", "XCD", "XPF", "EUR", "USD", "GBP", "JPY", "CHF", "NOK", "SEK", "DKK", "CAD", "AUD"])
        .ToHashSet(StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && Known.Contains(code);
}
