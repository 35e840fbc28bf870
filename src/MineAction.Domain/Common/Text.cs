namespace MineAction.Domain.Common;

/// <summary>How optional free-text fields are stored: trimmed, and blank means absent.</summary>
public static class Text
{
    public static string? TrimToNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
