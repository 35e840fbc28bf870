namespace MineAction.Application.Common;

public static class StreamLimits
{
    /// <summary>
    /// Reads <paramref name="content"/> into memory, never more than <paramref name="maxBytes"/> + 1 bytes: a result longer than
    /// <paramref name="maxBytes"/> means the content was larger (the rest is left unread), and the caller refuses it as it sees fit.
    /// </summary>
    public static async Task<byte[]> ReadAtMostAsync(this Stream content, long maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= maxBytes && (read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, (int)Math.Min(read, maxBytes + 1 - buffer.Length));
        }

        return buffer.ToArray();
    }
}
