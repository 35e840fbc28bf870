using System.Linq.Expressions;

namespace MineAction.Application.Common;

/// <summary>
/// A page of a list plus what a client needs to fetch the next one. A long list is not counted to its end
/// (<see cref="Paging.ExactCountLimit"/>): then <see cref="TotalCountExact"/> is false and the list holds more than
/// <see cref="TotalCount"/> items — at least one page after this one.
/// </summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount, bool TotalCountExact = true)
{
    public int TotalPages => PageSize == 0 ? 0
        : TotalCountExact ? (TotalCount + PageSize - 1) / PageSize
        : (TotalCount / PageSize) + 1;

    /// <summary>The same page and count with its items turned into something else (labelled, described).</summary>
    public PagedResult<TOther> WithItems<TOther>(IReadOnlyList<TOther> items) =>
        new(items, Page, PageSize, TotalCount, TotalCountExact);
}

/// <summary>Implemented by list queries; page is 1-based.</summary>
public interface IPagedQuery
{
    int Page { get; }
    int PageSize { get; }
    string? Sort { get; }
}

/// <summary>A list query returned in one fixed order: no client sort.</summary>
public interface IFixedOrderPagedQuery : IPagedQuery
{
    string? IPagedQuery.Sort => null;
}

/// <summary>Page and page-size rules of a fixed-order list; derive a query's validator from it and add the filter rules.</summary>
public abstract class FixedOrderPagingValidator<T> : AbstractValidator<T>
    where T : IFixedOrderPagedQuery
{
    protected FixedOrderPagingValidator() => this.AddPagingRules([]);
}

public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>
    /// A list is counted up to this many items (or to the end of the requested page, if further): counting every
    /// matching row of a national register costs more than reading the page, and nobody pages through 5,000 rows.
    /// </summary>
    public const int ExactCountLimit = 5_000;

    /// <summary>The last page a list answers (the row offset stays far inside the database's range).</summary>
    public const int MaxPage = 1_000_000;

    /// <summary>Every item of a list, page after page of <see cref="MaxPageSize"/> (for exports that stream a whole list).</summary>
    public static async IAsyncEnumerable<T> AllPagesAsync<T>(Func<int, ValueTask<PagedResult<T>>> page,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        for (var number = 1; ; number++)
        {
            var result = await page(number);
            foreach (var item in result.Items)
            {
                ct.ThrowIfCancellationRequested();
                yield return item;
            }

            if (number >= result.TotalPages)
            {
                yield break;
            }
        }
    }

    public static void AddPagingRules<T>(this AbstractValidator<T> validator, IEnumerable<string> sortKeys)
        where T : IPagedQuery
    {
        var keys = sortKeys.ToArray();
        validator.RuleFor(q => q.Page).InclusiveBetween(1, MaxPage).WithName("page");
        validator.RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize).WithName("pageSize");
        validator.RuleFor(q => q.Sort)
            .Must(s => s is null || keys.Contains(s.TrimStart('-'), StringComparer.Ordinal))
            .WithName("sort")
            .WithMessage($"Sort by one of: {string.Join(", ", keys)} (prefix '-' for descending).");
    }

    public static Task<PagedResult<T>> ToPageAsync<T>(
        this IQueryable<T> query, IPagedQuery request, CancellationToken cancellationToken) =>
        query.ToPageAsync(request, ExactCountLimit, cancellationToken);

    /// <summary>The requested page, the list counted up to <paramref name="exactCountLimit"/> items or the end of the page.</summary>
    public static async Task<PagedResult<T>> ToPageAsync<T>(
        this IQueryable<T> query, IPagedQuery request, int exactCountLimit, CancellationToken cancellationToken)
    {
        var limit = Math.Max(exactCountLimit, request.Page * request.PageSize);
        var counted = await Unordered(query).Take(limit + 1).CountAsync(cancellationToken);
        var items = await query
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .ToListAsync(cancellationToken);
        return counted > limit
            ? new PagedResult<T>(items, request.Page, request.PageSize, limit, TotalCountExact: false)
            : new PagedResult<T>(items, request.Page, request.PageSize, counted);
    }

    /// <summary>
    /// The query without the ordering at the end of its chain (under its final projections): a count needs no order, and
    /// a limited count over an ordered query would sort every matching row first.
    /// </summary>
    private static IQueryable<T> Unordered<T>(IQueryable<T> query) =>
        query.Provider.CreateQuery<T>(WithoutOrdering(query.Expression));

    private static readonly HashSet<string> Orderings = new(StringComparer.Ordinal)
    {
        nameof(Queryable.OrderBy), nameof(Queryable.OrderByDescending), nameof(Queryable.ThenBy), nameof(Queryable.ThenByDescending),
    };

    private static Expression WithoutOrdering(Expression expression)
    {
        if (expression is not MethodCallExpression { Method.DeclaringType: var type } call || type != typeof(Queryable))
        {
            return expression;
        }

        if (Orderings.Contains(call.Method.Name))
        {
            return WithoutOrdering(call.Arguments[0]);
        }

        if (call.Method.Name == nameof(Queryable.Select))
        {
            var source = WithoutOrdering(call.Arguments[0]);
            return source == call.Arguments[0] ? call : call.Update(null, [source, call.Arguments[1]]);
        }

        return expression;
    }
}
