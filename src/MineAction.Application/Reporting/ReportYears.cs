namespace MineAction.Application.Reporting;

/// <summary>The calendar years a report may be asked for.</summary>
public static class ReportYears
{
    public const int First = 1990;
    public const int Last = 2100;

    public static (DateOnly From, DateOnly To) Span(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
}
