namespace MineAction.Application.Common;

public static class Clock
{
    /// <summary>Today's date (UTC) from the injected clock.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
