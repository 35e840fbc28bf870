using System.Text.Json;
using MineAction.Domain.Hazards;
using MineAction.Infrastructure.Persistence;
using MineAction.Application.Hazards;
using Microsoft.EntityFrameworkCore;

namespace MineAction.Api.Tests.Platform;

/// <summary>
/// A long list is counted only so far (<see cref="Paging.ExactCountLimit"/>, here a limit of 3): the page says the list holds more than
/// it counted and still offers the next page, so a client paging to the end reads every item exactly once.
/// </summary>
public sealed class PagingTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private const int Limit = 3;

    [Fact]
    public async Task A_list_longer_than_the_count_limit_says_more_than_and_pages_to_its_end()
    {
        var ledger = new Ledger(app);
        for (var i = 0; i < 9; i++)
        {
            await ledger.HazardAsync();
        }

        await using var db = app.Db();
        var all = await Largest(db).Select(h => h.Id).ToListAsync();
        Assert.True(all.Count > 2 * Limit, $"{all.Count} hazards");

        var first = await PageAsync(db, page: 1, size: 2);
        Assert.Equal((Limit, false, 2), (first.TotalCount, first.TotalCountExact, first.TotalPages));
        Assert.Equal(all.Take(2), first.Items);

        var further = await PageAsync(db, page: 3, size: 2);
        Assert.Equal((6, false, 4), (further.TotalCount, further.TotalCountExact, further.TotalPages));
        Assert.Equal(all.Skip(4).Take(2), further.Items);

        var paged = new List<Guid>();
        await foreach (var id in Paging.AllPagesAsync(number => new ValueTask<PagedResult<Guid>>(PageAsync(db, number, size: 2))))
        {
            paged.Add(id);
        }

        Assert.Equal(all, paged);

        var whole = await Largest(db).Select(h => h.Id).ToPageAsync(new Request(1, 500), Limit + all.Count, CancellationToken.None);
        Assert.Equal((all.Count, true, 1), (whole.TotalCount, whole.TotalCountExact, whole.TotalPages));
    }

    [Fact]
    public async Task The_api_states_whether_a_lists_count_is_exact()
    {
        var page = await app.ClientFor(Roles.InformationManager).GetFromJsonAsync<JsonElement>("/api/v1/hazardous-areas?pageSize=1");
        Assert.True(page.GetProperty("totalCountExact").GetBoolean());
        Assert.Equal(page.GetProperty("totalCount").GetInt32(), page.GetProperty("totalPages").GetInt32());
    }

    /// <summary>The hazards largest first, through the list's own sort (the count strips it with the projection's ordering).</summary>
    private static IQueryable<HazardousArea> Largest(MineActionDbContext db) =>
        ListHazardousAreas.Sorts.Apply(db.HazardousAreas.AsNoTracking(), "-areaM2");

    private static Task<PagedResult<Guid>> PageAsync(MineActionDbContext db, int page, int size) =>
        Largest(db).Select(h => h.Id).ToPageAsync(new Request(page, size), Limit, CancellationToken.None);

    private sealed record Request(int Page, int PageSize) : IFixedOrderPagedQuery;
}
