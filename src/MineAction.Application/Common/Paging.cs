namespace MineAction.Application.Common;

/// <summary>A page of a list plus what a client needs to fetch the next one.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int TotalPages => PageSize == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
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

    public static async Task<PagedResult<T>> ToPageAsync<T>(
        this IQueryable<T> query, IPagedQuery request, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .ToListAsync(cancellationToken);
        return new PagedResult<T>(items, request.Page, request.PageSize, total);
    }
}
