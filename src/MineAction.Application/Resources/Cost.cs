namespace MineAction.Application.Resources;

public static class Cost
{
    /// <summary>A project's commitment: the fund's outgoing commitments to it, or else the donors' commitments earmarked for it (never both: that would count twice).</summary>
    public static decimal Committed(decimal outgoing, decimal incoming) => outgoing > 0 ? outgoing : incoming;

    /// <summary>Spending divided by an output, to the cent; none when nothing was delivered.</summary>
    public static decimal? Per(decimal spentUsd, double units) => units <= 0 ? null : Math.Round(spentUsd / (decimal)units, 2, MidpointRounding.AwayFromZero);
}
