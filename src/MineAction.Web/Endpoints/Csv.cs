using System.Globalization;
using System.Text;

namespace MineAction.Web.Endpoints;

/// <summary>RFC 4180 CSV with an HXL hashtag row under the header, for spreadsheets and humanitarian data tools.</summary>
public sealed class Csv
{
    private readonly StringBuilder _text = new();

    public Csv(IEnumerable<(string Header, string Hxl)> columns)
    {
        var list = columns.ToList();
        Line(list.Select(c => c.Header));
        Line(list.Select(c => c.Hxl));
    }

    public Csv Row(params object?[] values)
    {
        Line(values.Select(Format));
        return this;
    }

    public IResult ToResult(string fileName) =>
        Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(_text.ToString())).ToArray(), "text/csv; charset=utf-8", fileName);

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("0.##", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private void Line(IEnumerable<string> cells) =>
        _text.Append(string.Join(',', cells.Select(Escape))).Append("\r\n");

    private static string Escape(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
