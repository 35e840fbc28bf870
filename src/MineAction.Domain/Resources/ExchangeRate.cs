namespace MineAction.Domain.Resources;

/// <summary>How many US dollars one unit of a currency was worth on a date (entered by a user or imported; never fetched).</summary>
public sealed class ExchangeRate : Entity
{
    private ExchangeRate()
    {
    }

    public ExchangeRate(CurrencyCode currency, DateOnly rateDate, decimal usdPerUnit, DateOnly today)
    {
        if (currency.IsUsd)
        {
            throw new DomainRuleViolation("CURRENCY_UNKNOWN", "A rate converts a currency other than USD to USD.", "currency");
        }

        if (usdPerUnit <= 0)
        {
            throw new DomainRuleViolation("RATE_NOT_POSITIVE", "A rate is more than zero.", "usdPerUnit");
        }

        if (rateDate > today)
        {
            throw new DomainRuleViolation("DATE_IN_FUTURE", "A rate is dated today or earlier.", "rateDate");
        }

        Currency = currency.Code;
        RateDate = rateDate;
        UsdPerUnit = usdPerUnit;
    }

    public string Currency { get; private set; } = string.Empty;
    public DateOnly RateDate { get; private set; }
    public decimal UsdPerUnit { get; private set; }
}

/// <summary>The rate used for a transaction's USD value and the date that rate is from.</summary>
public sealed record UsdConversion(decimal Rate, DateOnly RateDate)
{
    public decimal ToUsd(decimal amount) => Math.Round(amount * Rate, 2, MidpointRounding.AwayFromZero);
}
