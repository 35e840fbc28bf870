using NetTopologySuite.Geometries;

namespace MineAction.Infrastructure.Demo;

/// <summary>
/// The Republic of Tarsenia: a fictional country (user-assigned ISO code XTA) with six provinces
/// of four districts each, laid out as a grid inside its bounding box.
/// </summary>
public static class DemoCountry
{
    public const string Code = "XTA";
    public const string Name = "Republic of Tarsenia";
    public const double MinLon = 100.0;
    public const double MinLat = 12.0;
    public const double ProvinceWidth = 1.2;
    public const double ProvinceHeight = 1.5;

    public static readonly string[] Provinces = ["Kandara", "Mekhol", "Sarith", "Pailong", "Veyra", "Drosh"];

    /// <summary>Districts in grid order: bottom-left, bottom-right, top-left, top-right of the province.</summary>
    public static readonly string[] DistrictSuffixes = ["Southwest", "Southeast", "Northwest", "Northeast"];

    public static Envelope ProvinceBox(int index) =>
        Box(MinLon + (index % 3 * ProvinceWidth), MinLat + (index / 3 * ProvinceHeight), ProvinceWidth, ProvinceHeight);

    public static Envelope DistrictBox(int province, int district)
    {
        var p = ProvinceBox(province);
        var w = p.Width / 2;
        var h = p.Height / 2;
        return Box(p.MinX + (district % 2 * w), p.MinY + (district / 2 * h), w, h);
    }

    public static MultiPolygon ToMultiPolygon(Envelope box) =>
        HazardGeometry.Factory.CreateMultiPolygon([(Polygon)HazardGeometry.Factory.ToGeometry(box)]);

    private static Envelope Box(double x, double y, double w, double h) => new(x, x + w, y, y + h);
}
