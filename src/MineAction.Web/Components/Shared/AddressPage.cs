using MudBlazor;

namespace MineAction.Web.Components.Shared;

/// <summary>
/// A server-paged table's page and page size as the address holds them (<c>?page=3&amp;size=100</c>): Back from a record, a reload or a
/// shared link returns to the same page. Absent values are the first page and the list's default size; a size not offered is ignored.
/// </summary>
public sealed record AddressPage(int Page, int Size)
{
    public static readonly int[] Sizes = [25, 50, 100, 500];

    public static AddressPage From(int? page, int? size, int defaultSize) =>
        new(Math.Clamp(page ?? 1, 1, Paging.MaxPage), size is { } s && Sizes.Contains(s) ? s : defaultSize);

    public static AddressPage Of(TableState state) => new(state.Page + 1, state.PageSize);

    /// <summary>The table's zero-based page for <c>CurrentPage</c>.</summary>
    public int TablePage => Page - 1;

    /// <summary>The query-string values, left out when they are the defaults.</summary>
    public Dictionary<string, object?> Query(int defaultSize) => new()
    {
        ["page"] = Page == 1 ? null : Page,
        ["size"] = Size == defaultSize ? null : Size,
    };
}
