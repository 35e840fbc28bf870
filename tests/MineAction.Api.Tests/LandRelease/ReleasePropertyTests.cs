using CsCheck;
using Microsoft.EntityFrameworkCore;

namespace MineAction.Api.Tests.LandRelease;

/// <summary>
/// Random rectangles thrown at one hazard through the API: whatever is accepted never overlaps and never
/// exceeds the hazard's area, and everything refused is refused for a stated rule.
/// </summary>
public sealed class ReleasePropertyTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private readonly Ledger _l = new(app);

    private static readonly Gen<(double X0, double Y0, double W, double H)> Rectangles =
        Gen.Select(Gen.Double[-0.001, 0.0105], Gen.Double[-0.001, 0.0105], Gen.Double[0.0005, 0.006], Gen.Double[0.0005, 0.006]);

    [Fact]
    public async Task Accepted_products_never_overlap_and_never_exceed_the_hazard() =>
        await Rectangles.Array[25].SampleAsync(async rectangles =>
        {
            var (hazard, lon, lat, area) = await _l.HazardAsync();
            var activity = await _l.ActivityAsync(hazard);
            foreach (var (x0, y0, w, h) in rectangles)
            {
                var response = await _l.ReleaseAsync(activity, Ledger.Rectangle(lon + x0, lat + y0, lon + x0 + w, lat + y0 + h));
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    Assert.Contains(await response.RuleAsync(), new[] { "PRODUCT_OUTSIDE_HAZARD", "PRODUCT_OVERLAPS_RELEASED_LAND", "RELEASED_EXCEEDS_AREA" });
                }
            }

            await using var db = app.Db();
            var released = await db.Products.Where(p => p.HazardousAreaId == hazard).SumAsync(p => p.AreaM2);
            Assert.True(released <= area * 1.005, $"released {released} m² > hazard {area} m²");
            var worstOverlap = await db.Database.SqlQuery<double>($"""
                SELECT COALESCE(MAX(ST_Area(ST_Intersection(a.geometry, b.geometry)::geography)), 0) AS "Value"
                FROM land_release_products a JOIN land_release_products b ON a.id < b.id AND a.hazardous_area_id = b.hazardous_area_id
                WHERE a.hazardous_area_id = {hazard} AND ST_Intersects(a.geometry, b.geometry)
                """).SingleAsync();
            Assert.True(worstOverlap <= 1.0, $"two accepted products overlap by {worstOverlap} m²");
        }, iter: 4, threads: 1);
}
