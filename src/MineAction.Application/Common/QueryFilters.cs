namespace MineAction.Application.Common;

/// <summary>
/// The filters the database applies to every query of its records, so a new query cannot forget them:
/// <see cref="Archived"/> hides archived records (reference data — organisations and administrative areas — excepted: live records
/// keep pointing at them), <see cref="Visibility"/> shows approvable records only to who may see them (see <c>DataAccess</c>).
/// </summary>
public static class QueryFilters
{
    public const string Archived = nameof(Archived);
    public const string Visibility = nameof(Visibility);

    /// <summary>Opts in to archived records: archive views, <c>includeArchived=true</c>, loading a record to change it, labels of what records point at.</summary>
    public static IQueryable<T> IncludingArchived<T>(this IQueryable<T> records)
        where T : class => records.IgnoreQueryFilters([Archived]);

    /// <summary>Opts out of the reading rule for integrity checks that must see every organisation's records (never returned to the user).</summary>
    public static IQueryable<T> OfEveryOrganisation<T>(this IQueryable<T> records)
        where T : class => records.IgnoreQueryFilters([Visibility]);

    /// <summary>Live reference data: organisations and administrative areas are not filtered for everyone, so lists of live ones say so.</summary>
    public static IQueryable<T> Live<T>(this IQueryable<T> records)
        where T : Entity => records.Where(r => r.ArchivedAt == null);
}
