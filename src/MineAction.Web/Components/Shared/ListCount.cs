using MudBlazor;

namespace MineAction.Web.Components.Shared;

/// <summary>
/// How far a server-paged table's list was counted (<see cref="PagedResult{T}.TotalCountExact"/>): a long list is counted only so far,
/// and its pager then says "more than N" and still offers the next page.
/// </summary>
public sealed class ListCount
{
    public int Total { get; private set; }

    public bool Exact { get; private set; } = true;

    /// <summary>The page for the table, remembering its count for the pager.</summary>
    public TableData<T> Of<T>(PagedResult<T> page)
    {
        (Total, Exact) = (page.TotalCount, page.TotalCountExact);
        return new TableData<T> { Items = page.Items, TotalItems = Exact ? Total : Total + 1 };
    }
}
