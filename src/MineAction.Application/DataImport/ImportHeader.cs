using MineAction.Domain.DataImport;

namespace MineAction.Application.DataImport;

/// <summary>The file's columns against the record type's: an unknown or missing required column is one problem (row 1) with the expected list.</summary>
public static class ImportHeader
{
    public static List<ImportProblem> Problems(IReadOnlyList<string> columns, RecordImporter importer, ImportFormat format, Guid importId)
    {
        var expected = string.Join(", ", importer.Columns.Select(c => c.Required ? c.Name + " (required)" : c.Name));
        var known = importer.Columns.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var fromFeatures = format is ImportFormat.GeoJson or ImportFormat.Shapefile ? importer.FeatureGeometryColumn : null;
        var problems = new List<ImportProblem>();
        var unknown = columns.Where(c => !known.Contains(c.Trim())).ToList();
        if (unknown.Count > 0)
        {
            problems.Add(new ImportProblem(importId, 1, unknown[0], string.Join(", ", unknown), "IMPORT_COLUMN_UNKNOWN",
                $"Unknown column(s) {string.Join(", ", unknown.Select(u => $"'{u}'"))} for {importer.Type}. The columns are: {expected}."));
        }

        var present = columns.Select(c => c.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = importer.Columns.Where(c => c.Required && !present.Contains(c.Name) && c.Name != fromFeatures).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new ImportProblem(importId, 1, missing[0].Name, null, "IMPORT_COLUMN_MISSING",
                $"Missing required column(s) {string.Join(", ", missing.Select(m => $"'{m.Name}'"))} for {importer.Type}. The columns are: {expected}."));
        }

        return problems;
    }
}
