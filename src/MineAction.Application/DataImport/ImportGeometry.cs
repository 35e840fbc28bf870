using System.Text.Json;
using NetTopologySuite.IO;

namespace MineAction.Application.DataImport;

/// <summary>A row's geometry as the API takes it (GeoJSON): the feature's own in a GeoJSON or shapefile, else the column's GeoJSON or WKT.</summary>
public static class ImportGeometry
{
    public static JsonElement? Of(RowCells cells, string column, string expected)
    {
        var geometry = cells.Row.Geometry;
        if (geometry is null && cells.Text(column) is { } text)
        {
            try
            {
                if (text.TrimStart().StartsWith('{'))
                {
                    using var document = JsonDocument.Parse(text);
                    return document.RootElement.Clone();
                }

                geometry = new WKTReader().Read(text);
            }
            catch (Exception e) when (e is ParseException or JsonException or ArgumentException)
            {
                cells.Problem(column, "IMPORT_GEOMETRY_UNREADABLE", $"'{column}' is {expected}, as GeoJSON or WKT in WGS 84 (longitude first).");
                return null;
            }
        }

        return geometry is null ? null : JsonSerializer.SerializeToElement(geometry, GeoJson.Options);
    }
}
