using System.Globalization;

namespace MineAction.Domain.Resources;

/// <summary>
/// An ISO 4217 currency code, checked once where it enters the domain (rule <c>CURRENCY_UNKNOWN</c>). Known codes are those of the
/// world's regions as .NET knows them, plus a few used in aid (XDR, XOF, XAF …).
/// </summary>
public readonly record struct CurrencyCode
{
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

    private CurrencyCode(string code) => Code = code;

    public static CurrencyCode Usd { get; } = new("USD");

    public string Code { get; }

    public bool IsUsd => Code == Usd.Code;

    public static bool IsKnown(string? code) => code is not null && Known.Contains(code);

    /// <summary>The currency with this code; refused (422 <c>CURRENCY_UNKNOWN</c>, naming <paramref name="field"/>) when it is not ISO 4217.</summary>
    public static CurrencyCode Of(string? code, string field = "currency") =>
        IsKnown(code) ? new CurrencyCode(code!) : throw new DomainRuleViolation("CURRENCY_UNKNOWN", $"'{code}' is not an ISO 4217 currency.", field);

    public override string ToString() => Code;
}

/// <summary>An amount and the currency it is in: they travel together.</summary>
public readonly record struct Money(decimal Amount, CurrencyCode Currency)
{
    /// <summary>Refuses an amount of zero or less (rule <c>AMOUNT_NOT_POSITIVE</c>).</summary>
    public Money EnsurePositive(string message, string field = "amount") =>
        Amount > 0 ? this : throw new DomainRuleViolation("AMOUNT_NOT_POSITIVE", message, field);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount:N2} {Currency}");
}
