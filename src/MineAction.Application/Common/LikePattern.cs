namespace MineAction.Application.Common;

public static class LikePattern
{
    /// <summary>Escapes LIKE wildcards so a user's search text matches literally (escape character '\').</summary>
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
