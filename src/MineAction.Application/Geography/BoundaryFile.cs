using System.Globalization;
using System.IO.Compression;
using System.Text;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace MineAction.Application.Geography;

/// <summary>One feature of a boundary file: its position (from 0), its attributes as text and its geometry (null when it has none).</summary>
public sealed record BoundaryFeature(int Index, IReadOnlyDictionary<string, string?> Attributes, Geometry? Geometry);

/// <summary>
/// Reads administrative boundaries from a GeoJSON FeatureCollection (NetTopologySuite.IO.GeoJSON4STJ) or a zipped ESRI Shapefile
/// (NetTopologySuite.IO.Esri.Shapefile; the .shp, .dbf and, when present, .prj and .cpg of the archive). Only WGS 84 longitude/latitude:
/// a shapefile whose .prj names a projected system is refused. A file that cannot be read at all is refused with one problem.
/// </summary>
public static class BoundaryFile
{
    /// <summary>The largest file read: a national boundary set at full resolution, zipped.</summary>
    public const long MaxBytes = 200L * 1024 * 1024;

    public static async Task<IReadOnlyList<BoundaryFeature>> ReadAsync(Stream content, CancellationToken ct)
    {
        var bytes = await content.ReadAtMostAsync(MaxBytes, ct);
        return bytes.Length > MaxBytes ? throw Unreadable($"The file is larger than {MaxBytes / 1024 / 1024} MB.") : Read(bytes);
    }

    /// <summary>The features of a file already in memory: a zipped shapefile (it starts with "PK") or GeoJSON.</summary>
    public static IReadOnlyList<BoundaryFeature> Read(byte[] bytes) =>
        bytes.Length >= 2 && bytes[0] == 'P' && bytes[1] == 'K' ? ReadShapefile(bytes) : ReadGeoJson(bytes);

    private static List<BoundaryFeature> ReadGeoJson(byte[] bytes)
    {
        FeatureCollection? collection;
        try
        {
            collection = System.Text.Json.JsonSerializer.Deserialize<FeatureCollection>(bytes, GeoJson.Options);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            throw Unreadable($"It is neither a zipped shapefile nor a GeoJSON FeatureCollection ({e.Message}).");
        }

        return collection is null ? [] : [.. collection.Select((f, i) => new BoundaryFeature(i, Attributes(f.Attributes), f.Geometry))];
    }

    private static List<BoundaryFeature> ReadShapefile(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var shp = zip.Entries.Where(e => e.FullName.EndsWith(".shp", StringComparison.OrdinalIgnoreCase)).ToList();
            if (shp.Count != 1)
            {
                throw Unreadable($"The archive must hold exactly one .shp file; it holds {shp.Count}.");
            }

            var stem = shp[0].FullName[..^4];
            var projection = Text(zip, stem + ".prj");
            if (projection is not null && (projection.Contains("PROJCS", StringComparison.OrdinalIgnoreCase)
                                           || !projection.Contains("GEOGCS", StringComparison.OrdinalIgnoreCase)))
            {
                throw Unreadable("The shapefile is in a projected coordinate system (see its .prj); export it as WGS 84 longitude/latitude (EPSG:4326).");
            }

            var encoding = Text(zip, stem + ".cpg")?.Trim() is { Length: > 0 } name ? Encoding(name) : null;
            using var shape = Copy(zip.GetEntry(shp[0].FullName)!);
            using var table = Copy(zip.GetEntry(stem + ".dbf") ?? throw Unreadable("The archive has no .dbf file beside the .shp."));
            var features = NetTopologySuite.IO.Esri.Shapefile.ReadAllFeatures(shape, table,
                new NetTopologySuite.IO.Esri.Shapefiles.Readers.ShapefileReaderOptions { Encoding = encoding, Factory = HazardGeometry.Factory });
            return [.. features.Select((f, i) => new BoundaryFeature(i, Attributes(f.Attributes), f.Geometry))];
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            throw Unreadable($"The zipped shapefile cannot be read ({e.Message}).");
        }
    }

    private static Dictionary<string, string?> Attributes(IAttributesTable? table) =>
        table?.GetNames().ToDictionary(n => n, n => table[n] switch
        {
            null => null,
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } s => s.GetString(),
            System.Text.Json.JsonElement other => other.GetRawText(),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var v => v.ToString(),
        }, StringComparer.OrdinalIgnoreCase) ?? new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

    private static string? Text(ZipArchive zip, string name)
    {
        if (zip.GetEntry(name) is not { } entry)
        {
            return null;
        }

        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static MemoryStream Copy(ZipArchiveEntry entry)
    {
        var copy = new MemoryStream();
        using (var source = entry.Open())
        {
            source.CopyTo(copy);
        }

        copy.Position = 0;
        return copy;
    }

    private static Encoding? Encoding(string name)
    {
        try
        {
            return name.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) || name == "65001" ? System.Text.Encoding.UTF8 : System.Text.Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static FileRefusedException Unreadable(string reason) =>
        new("BOUNDARY_FILE_UNREADABLE", "The boundary file cannot be read.", [new FileProblem(0, "file", null, reason)]);
}
