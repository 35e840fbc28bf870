namespace MineAction.Application.Resources;

/// <summary>The USD value of an amount: USD is 1; otherwise the rate the user gives, or the latest stored rate on or before the value date.</summary>
public static class UsdRates
{
    public static async Task<UsdConversion> ForAsync(IMineActionDb db, CurrencyCode currency, DateOnly valueDate, decimal? givenRate,
        DateOnly? givenRateDate, CancellationToken ct)
    {
        if (currency.IsUsd)
        {
            return new UsdConversion(1m, valueDate);
        }

        if (givenRate is { } rate)
        {
            return new UsdConversion(rate, givenRateDate ?? valueDate);
        }

        var code = currency.Code;
        var stored = await db.ExchangeRates.AsNoTracking()
            .Where(r => r.Currency == code && r.RateDate <= valueDate)
            .OrderByDescending(r => r.RateDate)
            .FirstOrDefaultAsync(ct);
        return stored is null
            ? throw new DomainRuleViolation("RATE_MISSING",
                $"No {currency} → USD rate on or before {valueDate:yyyy-MM-dd}: enter one under exchange rates, import a CSV, or give usdRate.", "currency")
            : new UsdConversion(stored.UsdPerUnit, stored.RateDate);
    }
}
