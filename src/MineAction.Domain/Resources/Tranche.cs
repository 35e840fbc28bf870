namespace MineAction.Domain.Resources;

/// <summary>One year of a contribution's multi-year schedule, in the contribution's currency.</summary>
public sealed record Tranche(int Year, decimal Amount)
{
    /// <summary>An amount spread evenly over the years from <paramref name="fromYear"/> to <paramref name="toYear"/>; the cents left over go to the last year.</summary>
    public static IReadOnlyList<Tranche> Spread(decimal amount, int fromYear, int toYear)
    {
        if (toYear < fromYear)
        {
            throw new DomainRuleViolation("DATE_ORDER", "The schedule ends in or after the year it starts.", "schedule");
        }

        var years = toYear - fromYear + 1;
        var each = Math.Floor(amount / years * 100) / 100;
        return Enumerable.Range(fromYear, years)
            .Select(y => new Tranche(y, y == toYear ? amount - (each * (years - 1)) : each))
            .ToList();
    }
}
