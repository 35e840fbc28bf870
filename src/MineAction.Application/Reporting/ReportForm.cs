using MineAction.Domain.Reporting;

namespace MineAction.Application.Reporting;

/// <summary>A figure column of a form: its key (the last part of a cell id) and the heading the UN template gives it.</summary>
public sealed record FigureColumn(string Key, string Title)
{
    /// <summary>Areas (m²) and money (USD) print with two decimals; counts as whole numbers.</summary>
    [JsonIgnore]
    public bool HasDecimals => Key.EndsWith("M2", StringComparison.Ordinal) || Key.EndsWith("Usd", StringComparison.Ordinal);
}

/// <summary>A row of a form: its key (the middle part of a cell id), its descriptive columns and its figures in column order.</summary>
public sealed record ReportRow(string Key, IReadOnlyList<string> Labels, IReadOnlyList<decimal> Figures);

/// <summary>
/// One form of a treaty report as a table in the column order of the UN reporting template: descriptive columns, then figures; a
/// figure's cell id is <c>{form}.{row}.{column}</c>. A form may carry the State's free text (<see cref="Text"/>) and a note on how
/// its figures are counted.
/// </summary>
public sealed record ReportForm(string Code, string Title, IReadOnlyList<string> LabelColumns, IReadOnlyList<FigureColumn> FigureColumns,
    IReadOnlyList<ReportRow> Rows, string? Text, string? Note)
{
    public static string CellOf(string form, string row, string column) => $"{form}.{row}.{column}";
}

/// <summary>A treaty report of a calendar year: its forms, in order.</summary>
public sealed record TreatyReport(Convention Convention, int Year, IReadOnlyList<ReportForm> Forms);

/// <summary>Builds one form: rows declared with their labels, records filed under row and column; figures are read from the ledger.</summary>
public sealed class FormBuilder(CellLedger ledger, string code, string title, IReadOnlyList<string> labelColumns, IReadOnlyList<FigureColumn> columns)
{
    private readonly List<(string Key, IReadOnlyList<string> Labels)> _rows = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    public string? Text { get; set; }
    public string? Note { get; set; }

    /// <summary>Declares a row (once; later calls keep the first labels) so that it shows even with zero figures.</summary>
    public FormBuilder Row(string key, params string[] labels)
    {
        if (_keys.Add(key))
        {
            _rows.Add((key, labels));
        }

        return this;
    }

    /// <summary>Files a record under a row's column (declaring the row) and under the total row's, when the form has one.</summary>
    public void Add(string row, string[] labels, string column, CellRecord record, string? totalRow = null)
    {
        Row(row, labels);
        ledger.Add(ReportForm.CellOf(code, row, column), record);
        if (totalRow is not null)
        {
            ledger.Add(ReportForm.CellOf(code, totalRow, column), record);
        }
    }

    /// <summary>The form with its rows in declaration order, or sorted by their labels, and a total row last when named.</summary>
    public ReportForm Build(bool sortRows = false, string? totalRow = null, string totalLabel = "Total")
    {
        var rows = sortRows ? _rows.OrderBy(r => string.Join('\u0001', r.Labels), StringComparer.Ordinal).ToList() : _rows;
        var built = rows.Select(r => Figures(r.Key, r.Labels)).ToList();
        if (totalRow is not null)
        {
            built.Add(Figures(totalRow, [totalLabel, .. Enumerable.Repeat(string.Empty, labelColumns.Count - 1)]));
        }

        return new ReportForm(code, title, labelColumns, columns, built, Text, Note);
    }

    private ReportRow Figures(string key, IReadOnlyList<string> labels) =>
        new(key, labels, [.. columns.Select(c => ledger.Value(ReportForm.CellOf(code, key, c.Key)))]);
}
