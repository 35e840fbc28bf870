using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace MineAction.Application.DataImport;

/// <summary>A row's geometry as the API takes it (GeoJSON): the feature's own in a GeoJSON or shapefile, else the column's GeoJSON or WKT.</summary>
public static class ImportGeometry
{
    public static JsonElement? Of(RowCells cells, string column, string expected) => Parse(cells, column, expected) switch
    {
        Geometry geometry => JsonSerializer.SerializeToElement(geometry, GeoJson.Options),
        JsonElement json => json,
        _ => null,
    };

    /// <summary>The row's geometry read once, without a trip through GeoJSON (for the set-based path); an unreadable one is a problem of its cell.</summary>
    public static Geometry? Read(RowCells cells, string column, string expected)
    {
        try
        {
            return Parse(cells, column, expected) switch
            {
                Geometry geometry => geometry,
                JsonElement json => GeoJson.Read(json),
                _ => null,
            };
        }
        catch (GeoJsonException e)
        {
            cells.Problem(column, "IMPORT_GEOMETRY_UNREADABLE", $"The geometry {e.Message}.");
            return null;
        }
    }

    /// <summary>The feature's geometry, the cell's WKT or ODK shape read, or the cell's GeoJSON as written; null when none or unreadable.</summary>
    private static object? Parse(RowCells cells, string column, string expected)
    {
        if (cells.Row.Geometry is { } feature)
        {
            return feature;
        }

        if (cells.Text(column) is not { } text)
        {
            return null;
        }

        try
        {
            if (text.TrimStart().StartsWith('{'))
            {
                using var document = JsonDocument.Parse(text);
                return document.RootElement.Clone();
            }

            return char.IsAsciiDigit(text.TrimStart().TrimStart('-').FirstOrDefault()) ? FromOdk(text) : new WKTReader().Read(text);
        }
        catch (Exception e) when (e is ParseException or JsonException or ArgumentException)
        {
            cells.Problem(column, "IMPORT_GEOMETRY_UNREADABLE", $"'{column}' is {expected}, as GeoJSON or WKT in WGS 84 (longitude first).");
            return null;
        }
    }

    /// <summary>
    /// A geopoint ("lat lon alt acc") or geoshape (such points joined by ';', the last the same as the first) as ODK Collect writes them.
    /// </summary>
    private static Geometry FromOdk(string text)
    {
        var coordinates = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(point =>
        {
            var parts = point.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return parts.Length is >= 2 and <= 4
                && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                ? new Coordinate(lon, lat)
                : throw new ArgumentException("not an ODK point");
        }).ToArray();
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        return coordinates switch
        {
            [var single] => factory.CreatePoint(single),
            { Length: >= 4 } ring when ring[0].Equals2D(ring[^1]) => factory.CreatePolygon(ring),
            _ => throw new ArgumentException("an ODK shape closes on its first point"),
        };
    }

    /// <summary>A point from the column or the feature, or else from the longitude and latitude columns (both or neither).</summary>
    public static JsonElement? Point(RowCells cells, string column)
    {
        if (cells.Row.Geometry is not null || cells.Text(column) is not null)
        {
            return Of(cells, column, "a Point");
        }

        var (lon, lat) = (Degrees(cells, "longitude", 180), Degrees(cells, "latitude", 90));
        if (lon is null != (lat is null) && cells.Problems.Count == 0)
        {
            cells.Problem(lon is null ? "longitude" : "latitude", "IMPORT_COORDINATE_MISSING", "Give both longitude and latitude, or neither.");
        }

        return lon is { } x && lat is { } y ? JsonSerializer.SerializeToElement(new { type = "Point", coordinates = new[] { x, y } }) : null;
    }

    private static double? Degrees(RowCells cells, string column, double limit)
    {
        if (cells.Text(column) is not { } text)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && Math.Abs(value) <= limit)
        {
            return value;
        }

        cells.Problem(column, "IMPORT_NUMBER_INVALID", $"'{column}' is decimal degrees from -{limit} to {limit}, e.g. 101.5123.");
        return null;
    }
}
