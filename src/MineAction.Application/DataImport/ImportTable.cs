using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using MineAction.Application.Geography;
using MineAction.Domain.DataImport;
using MiniExcelLibs;
using NetTopologySuite.Geometries;

namespace MineAction.Application.DataImport;

/// <summary>
/// One data row of an import file: its number as the user sees it (a spreadsheet's row number, the header being row 1; for GeoJSON and
/// shapefiles the feature's position from 1), its cells by column name as written in the file, and the feature's geometry when it has one.
/// </summary>
public sealed record ImportRow(int Number, IReadOnlyDictionary<string, string?> Cells, Geometry? Geometry);

/// <summary>An import file's header and rows, read lazily (a CSV or an XLSX sheet is streamed, never loaded as a whole workbook).</summary>
public sealed record ImportTable(IReadOnlyList<string> Columns, IEnumerable<ImportRow> Rows);

/// <summary>
/// Reads CSV (UTF-8 with or without BOM, comma or semicolon, an optional HXL hashtag row under the header; CsvHelper), XLSX (the first
/// sheet, or the one named; MiniExcel's streaming reader), GeoJSON FeatureCollections and zipped shapefiles (their properties are the
/// columns). The format is recognised from the content.
/// </summary>
public static class ImportFiles
{
    /// <summary>The format of the file <paramref name="content"/> starts (it is read from its current position, at most to its end).</summary>
    public static ImportFormat Detect(Stream content)
    {
        var start = new byte[256];
        var read = content.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        if (read >= 2 && start[0] == 'P' && start[1] == 'K')
        {
            try
            {
                content.Position = 0;
                using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
                return zip.GetEntry("xl/workbook.xml") is not null ? ImportFormat.Xlsx
                    : zip.Entries.Any(e => e.FullName.EndsWith(".shp", StringComparison.OrdinalIgnoreCase)) ? ImportFormat.Shapefile
                    : throw Unreadable("The zip archive is neither an XLSX workbook nor a zipped shapefile.");
            }
            catch (InvalidDataException)
            {
                throw Unreadable("The file starts like a zip archive (XLSX or shapefile) but is damaged.");
            }
        }

        var text = Encoding.UTF8.GetString(start, 0, read).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith('{') ? ImportFormat.GeoJson : ImportFormat.Csv;
    }

    /// <summary>
    /// The header and rows of the file each <paramref name="open"/> reads from its start: CSV and XLSX are streamed (the file is opened
    /// again for the rows), GeoJSON and shapefiles are read whole.
    /// </summary>
    public static ImportTable Read(Func<Stream> open, ImportFormat format, string? sheet = null) => format switch
    {
        ImportFormat.Csv => ReadCsv(open()),
        ImportFormat.Xlsx => ReadXlsx(open, sheet),
        _ => ReadFeatures(open()),
    };

    private static ImportTable ReadCsv(Stream content)
    {
        var csv = CsvReader.Create(content, new CsvReaderOptions { TrackLineNumbers = true, TrimWhitespace = true }, false);
        var header = csv.Headers.Select(h => h.Trim()).ToList();
        if (header.Count == 0 || header.All(h => h.Length == 0))
        {
            csv.Dispose();
            throw Unreadable("The CSV file is empty: its first line must name the columns.");
        }

        return new ImportTable(header, CsvRows(csv, header));
    }

    private static IEnumerable<ImportRow> CsvRows(CsvReader csv, List<string> header)
    {
        using var _ = csv;
        while (csv.Read())
        {
            var cells = header.Select((name, i) => (name, value: i < csv.FieldCount ? csv.GetStringOrNull(i) : null)).ToList();
            if (Skipped(csv.RowNumber, cells))
            {
                continue;
            }

            yield return new ImportRow((int)csv.LineNumber, Cells(cells), null);
        }
    }

    /// <summary>An empty row, or the HXL hashtag row right under the header (every filled cell starts with '#').</summary>
    private static bool Skipped(long dataRow, List<(string Name, string? Value)> cells) =>
        cells.All(c => string.IsNullOrWhiteSpace(c.Value))
        || (dataRow == 1 && cells.Where(c => !string.IsNullOrWhiteSpace(c.Value)).All(c => c.Value!.TrimStart().StartsWith('#')));

    private static ImportTable ReadXlsx(Func<Stream> open, string? sheet)
    {
        try
        {
            using var stream = open();
            var names = MiniExcel.GetSheetNames(stream);
            if (sheet is not null && !names.Contains(sheet))
            {
                throw Unreadable($"The workbook has no sheet '{sheet}'; it has: {string.Join(", ", names)}.");
            }

            stream.Position = 0;
            var rows = MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet ?? names.FirstOrDefault()).Cast<IDictionary<string, object?>>();
            using var enumerator = rows.GetEnumerator();
            if (!enumerator.MoveNext())
            {
                throw Unreadable("The sheet is empty: its first row must name the columns.");
            }

            var header = enumerator.Current.Where(c => Text(c.Value) is { Length: > 0 }).Select(c => (Letter: c.Key, Name: Text(c.Value)!)).ToList();
            return new ImportTable([.. header.Select(h => h.Name)], XlsxRows(open, sheet ?? names.FirstOrDefault(), header));
        }
        catch (Exception e) when (e is not FileRefusedException and not OperationCanceledException)
        {
            // A parser on untrusted bytes fails in many ways; each is the file's fault, never the server's.
            throw Unreadable($"The XLSX workbook cannot be read: {e.Message}");
        }
    }

    private static IEnumerable<ImportRow> XlsxRows(Func<Stream> open, string? sheet, List<(string Letter, string Name)> header)
    {
        var number = 0;
        using var stream = open();
        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet))
        {
            number++;
            if (number == 1)
            {
                continue;
            }

            var cells = header.Select(h => (h.Name, value: row.TryGetValue(h.Letter, out var v) ? Text(v) : null)).ToList();
            if (Skipped(number - 1, cells))
            {
                continue;
            }

            yield return new ImportRow(number, Cells(cells), null);
        }
    }

    private static ImportTable ReadFeatures(Stream content)
    {
        var bytes = new byte[content.Length]; // the readers take the whole file: read once, straight into its array
        using (content)
        {
            content.ReadExactly(bytes);
        }

        var features = BoundaryFile.Read(bytes);
        var columns = features.SelectMany(f => f.Attributes.Keys).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new ImportTable(columns, features.Select(f => new ImportRow(f.Index + 1,
            new Dictionary<string, string?>(f.Attributes, StringComparer.OrdinalIgnoreCase), f.Geometry)));
    }

    private static Dictionary<string, string?> Cells(IEnumerable<(string Name, string? Value)> cells)
    {
        var result = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in cells)
        {
            result.TryAdd(name.Trim(), string.IsNullOrWhiteSpace(value) ? null : value.Trim());
        }

        return result;
    }

    /// <summary>A cell as text: dates as yyyy-MM-dd, numbers without a culture's separators.</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString(IsoDate.Pattern, CultureInfo.InvariantCulture) : d.ToString("s", CultureInfo.InvariantCulture),
        double n => n.ToString("R", CultureInfo.InvariantCulture),
        decimal n => n.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim(),
    };

    private static FileRefusedException Unreadable(string reason) => new("IMPORT_FILE_UNREADABLE", reason, []);
}
