using System.Globalization;
using MineAction.Domain.DataImport;

namespace MineAction.Application.DataImport;

/// <summary>
/// The cells of one row, read into typed values. A cell that cannot be read becomes a problem of its row and column (the value is null),
/// so one row reports every bad cell at once.
/// </summary>
public sealed class RowCells(ImportRow row, IReadOnlyList<ImportColumn> columns, Guid importId)
{
    private readonly List<ImportProblem> _problems = [];

    public ImportRow Row => row;

    public IReadOnlyList<ImportProblem> Problems => _problems;

    public string? Text(string column) => row.Cells.GetValueOrDefault(column);

    public void Problem(string? column, string rule, string message) =>
        _problems.Add(new ImportProblem(importId, row.Number, column, column is null || IsPersonal(column) ? null : Text(column), rule, message));

    private bool IsPersonal(string column) => columns.Any(c => c.Personal && string.Equals(c.Name, column, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reports a problem a use case raised for one of its fields on the column that fills it (or the row when none does).</summary>
    public void FieldProblem(string field, string rule, string message)
    {
        var top = field.Split('.', '[')[0];
        var column = columns.FirstOrDefault(c => string.Equals(c.Field, field, StringComparison.OrdinalIgnoreCase))
            ?? columns.FirstOrDefault(c => string.Equals(c.Field, top, StringComparison.OrdinalIgnoreCase));
        Problem(column?.Name, rule, column is null && field.Length > 0 ? $"{field}: {message}" : message);
    }

    public T? Enum<T>(string column)
        where T : struct, System.Enum
    {
        if (Text(column) is not { } text)
        {
            return null;
        }

        if (System.Enum.TryParse<T>(text.Replace(" ", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var value)
            && System.Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && System.Enum.IsDefined(typeof(T), code))
        {
            return (T)System.Enum.ToObject(typeof(T), code);
        }

        Problem(column, "IMPORT_CHOICE_UNKNOWN", $"'{column}' is one of: {string.Join(", ", System.Enum.GetNames<T>())}.");
        return null;
    }

    /// <summary>A list of coded values separated by ';' (or ',').</summary>
    public List<T>? Enums<T>(string column)
        where T : struct, System.Enum
    {
        if (Text(column) is not { } text)
        {
            return null;
        }

        var values = new List<T>();
        // ';' or ',' between values, or — as ODK writes a select_multiple answer — spaces (unless the words name one value).
        var spaced = !text.Contains(';', StringComparison.Ordinal) && !text.Contains(',', StringComparison.Ordinal)
            && !System.Enum.TryParse<T>(text.Replace(" ", string.Empty, StringComparison.Ordinal), ignoreCase: true, out _);
        var separators = spaced ? [' '] : new[] { ';', ',' };
        foreach (var item in text.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (System.Enum.TryParse<T>(item.Replace(" ", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var value) && System.Enum.IsDefined(value))
            {
                values.Add(value);
            }
            else
            {
                Problem(column, "IMPORT_CHOICE_UNKNOWN", $"'{item}' in '{column}' is not one of: {string.Join(", ", System.Enum.GetNames<T>())}.");
            }
        }

        return values;
    }

    public DateOnly? Date(string column)
    {
        if (Text(column) is not { } text)
        {
            return null;
        }

        if (IsoDate.TryRead(text, out var date)
            || (DateTime.TryParseExact(text, "s", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) && (date = DateOnly.FromDateTime(time)) != default))
        {
            return date;
        }

        Problem(column, "IMPORT_DATE_INVALID", $"'{column}' is a date written yyyy-MM-dd, e.g. 2024-03-15.");
        return null;
    }

    public int? Count(string column)
    {
        if (Text(column) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= 0 && d == Math.Floor(d) && d <= int.MaxValue && (n = (int)d) >= 0))
        {
            return n;
        }

        Problem(column, "IMPORT_NUMBER_INVALID", $"'{column}' is a whole number of 0 or more.");
        return null;
    }

    /// <summary>An amount of money or a rate: a decimal number of 0 or more, '.' before the decimals and no thousands separator.</summary>
    public decimal? Amount(string column)
    {
        if (Text(column) is not { } text)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return amount;
        }

        Problem(column, "IMPORT_NUMBER_INVALID", $"'{column}' is a number of 0 or more with '.' before the decimals, e.g. 12500.50.");
        return null;
    }

    /// <summary>Counts of girls, boys, women and men from four columns; null when all four are empty.</summary>
    public Sadd? Sadd(IReadOnlyList<string> girlsBoysWomenMen)
    {
        var counts = girlsBoysWomenMen.Select(Count).ToList();
        return counts.All(c => c is null) ? null : new Sadd(counts[0] ?? 0, counts[1] ?? 0, counts[2] ?? 0, counts[3] ?? 0);
    }

    /// <summary>yes/no, true/false, 1/0 (as ODK, spreadsheets and IMSMA write them).</summary>
    public bool? YesNo(string column)
    {
        switch (Text(column)?.ToUpperInvariant())
        {
            case null:
                return null;
            case "YES" or "Y" or "TRUE" or "1":
                return true;
            case "NO" or "N" or "FALSE" or "0":
                return false;
            default:
                Problem(column, "IMPORT_CHOICE_UNKNOWN", $"'{column}' is yes or no.");
                return null;
        }
    }
}
