namespace MineAction.Application.Reporting;

/// <summary>One record's share of one figure of a report: the drill-down row behind the figure.</summary>
public sealed record CellRecord(string RecordType, Guid RecordId, string Label, decimal Amount);

/// <summary>A figure of a report with the records that make it up, a page at a time.</summary>
public sealed record CellRecords(string Cell, decimal Value, PagedResult<CellRecord> Records);

/// <summary>
/// The figures of a report, each kept as the list of records that make it up: a figure is the sum of its records'
/// amounts, so a drill-down always adds up to the figure it explains (and an edition can say which records changed).
/// </summary>
public sealed class CellLedger
{
    private readonly Dictionary<string, List<CellRecord>> _cells = new(StringComparer.Ordinal);

    public IEnumerable<string> Cells => _cells.Keys;

    public void Add(string cell, CellRecord record)
    {
        if (!_cells.TryGetValue(cell, out var records))
        {
            _cells[cell] = records = [];
        }

        records.Add(record);
    }

    /// <summary>Adds the record to each of the cells (a province's cell and the national total, say).</summary>
    public void Add(IEnumerable<string> cells, CellRecord record)
    {
        foreach (var cell in cells)
        {
            Add(cell, record);
        }
    }

    public bool Has(string cell) => _cells.ContainsKey(cell);

    /// <summary>The records of a cell, none for a cell without any.</summary>
    public IReadOnlyList<CellRecord> Records(string cell) => _cells.TryGetValue(cell, out var records) ? records : [];

    /// <summary>Every cell with its records (what an edition keeps).</summary>
    public IReadOnlyDictionary<string, List<CellRecord>> All => _cells;

    public decimal Value(string cell) => _cells.TryGetValue(cell, out var records) ? records.Sum(r => r.Amount) : 0m;

    /// <summary>The records of a cell in a stable order (type, label, id), a page at a time.</summary>
    public CellRecords Page(string cell, int page, int pageSize)
    {
        var records = _cells.TryGetValue(cell, out var found) ? found : [];
        var ordered = records.OrderBy(r => r.RecordType, StringComparer.Ordinal).ThenBy(r => r.Label, StringComparer.Ordinal)
            .ThenBy(r => r.RecordId).ToList();
        return new CellRecords(cell, Value(cell),
            new PagedResult<CellRecord>([.. ordered.Skip((page - 1) * pageSize).Take(pageSize)], page, pageSize, ordered.Count));
    }
}
