using Microsoft.EntityFrameworkCore;

namespace MineAction.Testing;

/// <summary>Ids of the template's demo country, for arranging hazard requests.</summary>
public sealed record Tarsenia(Guid Kandara, Guid KandaraSouthwest, Guid Mekhol, Guid MekholSouthwest, Guid Veyra, Guid Halo, Guid Tdo)
{
    public static async Task<Tarsenia> LoadAsync(MineActionApp app)
    {
        await using var db = app.Db();
        var areas = await db.AdminAreas.ToDictionaryAsync(a => a.Code, a => a.Id);
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Acronym, o => o.Id);
        return new Tarsenia(areas["XTA-01"], areas["XTA-01-01"], areas["XTA-02"], areas["XTA-02-01"], areas["XTA-05"],
            organisations["HALO"], organisations["TDO"]);
    }

    /// <summary>A GeoJSON square of <paramref name="size"/> degrees with its south-west corner at lon/lat.</summary>
    public static object Square(double lon, double lat, double size = 0.01) => new
    {
        type = "Polygon",
        coordinates = new[] { new[] { new[] { lon, lat }, [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat] } },
    };
}
