using System.Globalization;
using NetTopologySuite.Geometries;

namespace MineAction.Application.DataImport;

/// <summary>A record's values written as an import file gives them: dates yyyy-MM-dd, invariant numbers, lists joined by ';', geometry as WKT.</summary>
internal static class ExportCell
{
    public static string? Of(DateOnly? date) => date is { } day ? IsoDate.Of(day) : null;

    public static string? Of(int? number) => number?.ToString(CultureInfo.InvariantCulture);

    public static string? Of(decimal? number) => number?.ToString(CultureInfo.InvariantCulture);

    public static string? Of(Geometry? geometry) => geometry?.AsText();

    public static string? List<T>(IEnumerable<T> values)
        where T : struct, Enum => string.Join(';', values) is { Length: > 0 } joined ? joined : null;

    /// <summary>The four columns of counts of girls, boys, women and men.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Sadd(IReadOnlyList<string> girlsBoysWomenMen, Domain.Common.Sadd counts) =>
        girlsBoysWomenMen.Zip([counts.Girls, counts.Boys, counts.Women, counts.Men], (column, n) => KeyValuePair.Create(column, Of(n)));
}
