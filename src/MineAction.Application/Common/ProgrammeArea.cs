using NetTopologySuite.Geometries;

namespace MineAction.Application.Common;

/// <summary>
/// Where the programme works: the boundaries of its provinces. A location further than <see cref="ToleranceDegrees"/> from every province
/// is a data-entry error (latitude and longitude swapped, another coordinate system, another country) and is refused with a 400. Until
/// the country's boundaries are loaded there is nothing to compare with, and every location is accepted.
/// </summary>
public static class ProgrammeArea
{
    /// <summary>About 55 km: border areas and imprecise boundaries pass, another region does not.</summary>
    public const double ToleranceDegrees = 0.5;

    public static async Task EnsureWithinAsync(this IMineActionDb db, Geometry? location, string field, CancellationToken ct)
    {
        if (location is null)
        {
            return;
        }

        var provinces = db.AdminAreas.Where(a => a.Level == 1);
        if (await provinces.AnyAsync(ct) && !await provinces.AnyAsync(a => a.Boundary.IsWithinDistance(location, ToleranceDegrees), ct))
        {
            throw Invalid.Field(field, Outside(location.InteriorPoint.Coordinate));
        }
    }

    /// <summary>Why a location at <paramref name="at"/> is refused: it lies outside the programme's country.</summary>
    public static string Outside(Coordinate at) => FormattableString.Invariant(
        $"The location (longitude {at.X:0.####}, latitude {at.Y:0.####}) lies outside the programme's country. Check that longitude comes first and that the coordinates are WGS 84 degrees.");
}
