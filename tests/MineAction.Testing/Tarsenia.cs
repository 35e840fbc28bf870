using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace MineAction.Testing;

/// <summary>
/// Ids of the template's demo country, for arranging requests, and where its areas lie: a record stated in a province or district must lie
/// in it (<see cref="Centre"/>, <see cref="Cell"/>), or the API refuses it as LOCATION_OUTSIDE_ADMIN_AREA.
/// </summary>
public sealed record Tarsenia(Guid Kandara, Guid KandaraSouthwest, Guid Mekhol, Guid MekholSouthwest, Guid Veyra, Guid Halo, Guid Tdo,
    IReadOnlyDictionary<Guid, Envelope> Boxes)
{
    /// <summary>Side of a grid cell (degrees): room for a 0.01° square hazard and its released land.</summary>
    public const double CellSize = 0.025;

    private static int _cell;

    public static async Task<Tarsenia> LoadAsync(MineActionApp app)
    {
        await using var db = app.Db();
        var areas = await db.AdminAreas.Select(a => new { a.Id, a.Code, a.Boundary }).ToListAsync();
        var ids = areas.ToDictionary(a => a.Code, a => a.Id);
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Acronym, o => o.Id);
        return new Tarsenia(ids["XTA-01"], ids["XTA-01-01"], ids["XTA-02"], ids["XTA-02-01"], ids["XTA-05"],
            organisations["HALO"], organisations["TDO"], areas.ToDictionary(a => a.Id, a => a.Boundary.EnvelopeInternal));
    }

    /// <summary>The middle of an area, as GeoJSON coordinates [lon, lat].</summary>
    public double[] Centre(Guid area) => [Boxes[area].Centre.X, Boxes[area].Centre.Y];

    /// <summary>The south-west corner of a grid cell of the area not handed out before in this test process.</summary>
    public (double Lon, double Lat) Cell(Guid area) => CellIn(Boxes[area], Interlocked.Increment(ref _cell));

    /// <summary>The <paramref name="n"/>-th cell of <paramref name="box"/> (row by row, starting again when the box is full), inset from its edges.</summary>
    public static (double Lon, double Lat) CellIn(Envelope box, int n)
    {
        var columns = (int)((box.Width - 0.01) / CellSize);
        var rows = (int)((box.Height - 0.01) / CellSize);
        var k = n % (columns * rows);
        return (box.MinX + 0.005 + (k % columns * CellSize), box.MinY + 0.005 + (k / columns * CellSize));
    }

    /// <summary>A GeoJSON square of <paramref name="size"/> degrees with its south-west corner at lon/lat.</summary>
    public static object Square(double lon, double lat, double size = 0.01) => new
    {
        type = "Polygon",
        coordinates = new[] { new[] { new[] { lon, lat }, [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat] } },
    };
}
