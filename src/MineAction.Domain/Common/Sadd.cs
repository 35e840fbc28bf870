namespace MineAction.Domain.Common;

/// <summary>A count of people disaggregated by sex and age (SADD): girls, boys, women, men.</summary>
public sealed record Sadd(int Girls, int Boys, int Women, int Men)
{
    public const int MaxPerGroup = 10_000_000;

    public static readonly Sadd None = new(0, 0, 0, 0);

    public int Total => Girls + Boys + Women + Men;

    public int Female => Girls + Women;

    public int Male => Boys + Men;

    public static Sadd operator +(Sadd a, Sadd b) => new(a.Girls + b.Girls, a.Boys + b.Boys, a.Women + b.Women, a.Men + b.Men);

    /// <summary>Each group multiplied by <paramref name="share"/> and rounded (a donor's part of the people reached).</summary>
    public Sadd Times(double share) =>
        new((int)Math.Round(Girls * share), (int)Math.Round(Boys * share), (int)Math.Round(Women * share), (int)Math.Round(Men * share));

    public void EnsureValid(string field)
    {
        foreach (var (name, value) in new[] { ("girls", Girls), ("boys", Boys), ("women", Women), ("men", Men) })
        {
            if (value is < 0 or > MaxPerGroup)
            {
                throw new DomainRuleViolation("COUNT_OUT_OF_RANGE", $"{field}.{name} must be between 0 and {MaxPerGroup}.", $"{field}.{name}");
            }
        }
    }
}
