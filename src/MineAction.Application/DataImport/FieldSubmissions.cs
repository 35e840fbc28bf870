namespace MineAction.Application.DataImport;

/// <summary>
/// Reads an ODK Central or KoboToolbox submission export (CSV or XLSX) of one of the app's field forms as the import's own file: the
/// form's questions carry the import's column names, so only the collection tool's additions are mapped — its metadata columns are
/// dropped, the submission's instance id becomes the external id (a later export of the same form updates nothing twice), group paths
/// (<c>group-field</c>, <c>group/field</c>) are cut to the field name and a geopoint split into -Latitude/-Longitude columns is joined again.
/// A repeat's export (ODK Central's <c>form-repeat.csv</c>, KoboToolbox's repeat sheet) links each row to its submission: that link fills
/// the importer's parent column, and the row's own key (or, for KoboToolbox, its place among its submission's rows) its external id.
/// Geopoints and geoshapes as ODK writes them ("lat lon alt acc", points joined by ';') are read by <see cref="ImportGeometry"/>.
/// </summary>
public static class FieldSubmissions
{
    private static readonly string[] InstanceIds = ["meta-instanceID", "meta/instanceID", "instanceID", "_uuid", "KEY", "_submission__uuid"];

    private static readonly string[] ParentIds = ["PARENT_KEY", "_submission__uuid"];

    /// <summary>The tools' own columns, in their case: ODK Central's submission "Status" is not the EOD task's "status" question.</summary>
    private static readonly HashSet<string> ToolColumns = new(StringComparer.Ordinal)
    {
        "SubmissionDate", "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status", "ReviewState", "DeviceID",
        "Edits", "FormVersion", "KEY", "PARENT_KEY", "start", "end", "today", "deviceid", "username", "instanceID", "instanceName",
    };

    private static readonly string[] PointParts = ["-Latitude", "-Longitude", "-Altitude", "-Accuracy"];

    public static bool IsSubmissionExport(IReadOnlyList<string> columns) =>
        columns.Any(c => InstanceIds.Contains(c.Trim(), StringComparer.OrdinalIgnoreCase));

    public static ImportTable Adapt(ImportTable table, string? parentColumn)
    {
        if (!IsSubmissionExport(table.Columns))
        {
            return table;
        }

        string? Present(string[] candidates) =>
            candidates.FirstOrDefault(id => table.Columns.Any(c => string.Equals(c.Trim(), id, StringComparison.OrdinalIgnoreCase)));
        var parent = parentColumn is null ? null : Present(ParentIds);
        var instance = parent == "_submission__uuid" ? null : Present(InstanceIds);
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var points = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in table.Columns.Select(c => c.Trim()))
        {
            if (PointParts.FirstOrDefault(p => column.EndsWith(p, StringComparison.OrdinalIgnoreCase)) is { } part)
            {
                points.Add(FieldName(column[..^part.Length]));
            }
            else if (!ToolColumns.Contains(column) && !column.StartsWith('_') && !column.StartsWith("meta-", StringComparison.OrdinalIgnoreCase)
                && !column.StartsWith("meta/", StringComparison.OrdinalIgnoreCase))
            {
                names[column] = FieldName(column);
            }
        }

        var columns = names.Values.Concat(points).Append("external_id").Concat(parent is null ? [] : [parentColumn!])
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new ImportTable(columns, Rows(table, names, points, instance, parent, parentColumn));
    }

    private static IEnumerable<ImportRow> Rows(ImportTable table, Dictionary<string, string> names, HashSet<string> points, string? instance,
        string? parent, string? parentColumn)
    {
        var place = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var cells = Cells(row, names, points, instance);
            if (parent is not null && row.Cells.GetValueOrDefault(parent) is { } link)
            {
                cells[parentColumn!] = link;
                if (instance is null)
                {
                    // KoboToolbox gives a repeat's rows no key of their own: their place under their submission, in export order.
                    place[link] = place.GetValueOrDefault(link) + 1;
                    cells["external_id"] = cells.GetValueOrDefault("external_id") ?? $"{link}#{place[link]}";
                }
            }

            yield return row with { Cells = cells };
        }
    }

    private static Dictionary<string, string?> Cells(ImportRow row, Dictionary<string, string> names, HashSet<string> points, string? instance)
    {
        var cells = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (column, name) in names)
        {
            cells[name] = row.Cells.GetValueOrDefault(column);
        }

        foreach (var point in points.Where(p => !cells.ContainsKey(p) || cells[p] is null))
        {
            var (lat, lon) = (Part(row, point, "Latitude"), Part(row, point, "Longitude"));
            cells[point] = lat is null && lon is null ? null : $"{lat} {lon}";
        }

        if (cells.GetValueOrDefault("external_id") is null && instance is not null)
        {
            cells["external_id"] = row.Cells.GetValueOrDefault(instance);
        }

        return cells;
    }

    private static string? Part(ImportRow row, string point, string part) =>
        row.Cells.FirstOrDefault(c => c.Key.Trim().EndsWith($"{point}-{part}", StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>The question's name without the groups it sits in.</summary>
    private static string FieldName(string column) => column[(column.LastIndexOfAny(['/', '-']) + 1)..];
}
