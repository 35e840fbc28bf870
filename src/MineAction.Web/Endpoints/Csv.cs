using System.Globalization;
using CsvHelper;

namespace MineAction.Web.Endpoints;

/// <summary>One column of a CSV export: its header, its HXL hashtag (HXL 1.1 core dictionary) and how to read the cell from a row.</summary>
public sealed record CsvColumn<T>(string Header, string Hxl, Func<T, object?> Value);

/// <summary>
/// RFC 4180 CSV (written by CsvHelper) with an HXL hashtag row under the header, for spreadsheets and humanitarian data tools.
/// Rows are streamed to the response as they are read: memory does not grow with the number of rows.
/// Numbers keep full precision (round-trip format, so coordinates keep every decimal); dates are ISO 8601.
/// </summary>
public static class Csv
{
    public static IResult File<T>(string fileName, IReadOnlyList<CsvColumn<T>> columns, IAsyncEnumerable<T> rows) =>
        Results.Stream(body => WriteAsync(body, columns, rows), "text/csv; charset=utf-8", fileName);

    public static IResult File<T>(string fileName, IReadOnlyList<CsvColumn<T>> columns, IEnumerable<T> rows) =>
        File(fileName, columns, rows.ToAsyncEnumerable());

    /// <summary>Writes the header, the HXL row and every row; public so tests and benchmarks can write to any stream.</summary>
    public static async Task WriteAsync<T>(Stream body, IReadOnlyList<CsvColumn<T>> columns, IAsyncEnumerable<T> rows,
        CancellationToken cancellationToken = default)
    {
        await using var csv = CsvWriter.Create(body, new CsvWriterOptions { WriteByteOrderMark = true }, leaveOpen: true);
        await RecordAsync(csv, columns.Select(c => c.Header), cancellationToken);
        await RecordAsync(csv, columns.Select(c => c.Hxl), cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await RecordAsync(csv, columns.Select(c => Format(c.Value(row))), cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// A cell as text: invariant culture, round-trip doubles, ISO dates; enums by name. Text that a spreadsheet would run as a formula
    /// (starting with = + - @, a tab or a carriage return) is neutralised with a leading apostrophe (OWASP CSV injection); numbers stay numbers.
    /// </summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string text => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        DateOnly d => MineAction.Domain.Common.IsoDate.Of(d),
        DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static async Task RecordAsync(CsvWriter csv, IEnumerable<string> cells, CancellationToken cancellationToken)
    {
        foreach (var cell in cells)
        {
            csv.WriteField(cell);
        }

        await csv.EndRecordAsync(cancellationToken);
    }
}
