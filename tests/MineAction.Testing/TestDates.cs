using System.Globalization;

namespace MineAction.Testing;

/// <summary>Dates as the API writes them (ISO 8601, yyyy-MM-dd), relative to today (UTC) where a test needs a date near now.</summary>
public static class TestDates
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Today (UTC) plus <paramref name="days"/>, ISO formatted.</summary>
    public static string Today(int days = 0) => Iso(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days));
}
