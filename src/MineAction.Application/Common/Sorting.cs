using System.Linq.Expressions;

namespace MineAction.Application.Common;

/// <summary>Maps the public sort keys of a list onto entity properties, so only those keys are accepted.</summary>
public sealed class SortMap<T>
{
    private readonly Dictionary<string, LambdaExpression> _keys = new(StringComparer.Ordinal);
    private readonly string _default;
    private readonly Expression<Func<T, Guid>> _tieBreaker;

    public SortMap(string defaultKey, Expression<Func<T, Guid>> tieBreaker)
    {
        _default = defaultKey;
        _tieBreaker = tieBreaker;
    }

    public IEnumerable<string> Keys => _keys.Keys;

    public SortMap<T> Add<TKey>(string key, Expression<Func<T, TKey>> selector)
    {
        _keys[key] = selector;
        return this;
    }

    /// <summary>
    /// Orders by <paramref name="sort"/> ("name" or "-name"), then by id in the same direction so pages are stable and one index of
    /// (column, id), read forwards or backwards, serves both directions.
    /// </summary>
    public IQueryable<T> Apply(IQueryable<T> query, string? sort)
    {
        var key = string.IsNullOrEmpty(sort) ? _default : sort;
        var descending = key.StartsWith('-');
        var selector = _keys[key.TrimStart('-')];
        var method = descending ? nameof(Queryable.OrderByDescending) : nameof(Queryable.OrderBy);
        var call = Expression.Call(
            typeof(Queryable), method, [typeof(T), selector.ReturnType], query.Expression, Expression.Quote(selector));
        var ordered = (IOrderedQueryable<T>)query.Provider.CreateQuery<T>(call);
        return descending ? ordered.ThenByDescending(_tieBreaker) : ordered.ThenBy(_tieBreaker);
    }
}
