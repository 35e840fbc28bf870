namespace MineAction.Application.LandRelease;

/// <summary>
/// Land released as one table instead of a row per year and area: years down, provinces (or districts) across, each cell the km² cancelled,
/// reduced and cleared together, with a total per year, per area and overall. Built from <see cref="LandReleaseSummary.ReleaseRow"/>s.
/// </summary>
public sealed class ReleasePivot
{
    private readonly Dictionary<(int Year, Guid? Area), double> _km2;

    private ReleasePivot(IReadOnlyList<int> years, IReadOnlyList<Guid?> areas, Dictionary<(int, Guid?), double> km2) =>
        (Years, Areas, _km2) = (years, areas, km2);

    /// <summary>The years with released land, oldest first.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The areas with released land, in the order <c>name</c> gives them (an area not set last).</summary>
    public IReadOnlyList<Guid?> Areas { get; }

    public static ReleasePivot Of(IEnumerable<LandReleaseSummary.ReleaseRow> rows, Func<Guid, string> name)
    {
        var km2 = rows.GroupBy(r => (r.Year, r.AdminAreaId)).ToDictionary(g => g.Key, g => g.Sum(r => r.CancelledKm2 + r.ReducedKm2 + r.ClearedKm2));
        var years = km2.Keys.Select(k => k.Year).Distinct().Order().ToList();
        var areas = km2.Keys.Select(k => k.AdminAreaId).Distinct()
            .OrderBy(a => a is null).ThenBy(a => a is { } id ? name(id) : string.Empty, StringComparer.CurrentCulture).ToList();
        return new ReleasePivot(years, areas, km2);
    }

    public double Cell(int year, Guid? area) => _km2.GetValueOrDefault((year, area));

    public double YearTotal(int year) => Areas.Sum(a => Cell(year, a));

    public double AreaTotal(Guid? area) => Years.Sum(y => Cell(y, area));

    public double Total => _km2.Values.Sum();
}
