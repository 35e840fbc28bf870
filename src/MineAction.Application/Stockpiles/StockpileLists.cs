using MineAction.Domain.Stockpiles;

namespace MineAction.Application.Stockpiles;

/// <summary>The registered lots (filter by purpose, category, holder), and one lot with every movement.</summary>
public static class StockpileLists
{
    public sealed record Query(LotPurpose? Purpose = null, DeviceCategory? Category = null, Guid? OwnerOrganisationId = null, bool IncludeArchived = false,
        int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<LotDto>>, IFixedOrderPagedQuery;

    public sealed class Validator : FixedOrderPagingValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Purpose).IsInEnum().WithName("purpose");
            RuleFor(q => q.Category).IsInEnum().WithName("category");
        }
    }

    public sealed record One(Guid Id) : IQuery<LotDetailDto>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, PagedResult<LotDto>>, IQueryHandler<One, LotDetailDto>
    {
        public async ValueTask<PagedResult<LotDto>> Handle(Query q, CancellationToken cancellationToken)
        {
            var lots = db.MunitionLots.AsNoTracking();
            lots = q.IncludeArchived ? lots.IncludingArchived() : lots;
            lots = q.Purpose is { } purpose ? lots.Where(l => l.Purpose == purpose) : lots;
            lots = q.Category is { } category ? lots.Where(l => l.Category == category) : lots;
            lots = q.OwnerOrganisationId is { } owner ? lots.Where(l => l.OwnerOrganisationId == owner) : lots;
            return await StockpileQueries.Lots(db, lots.OrderBy(l => l.MunitionType).ThenBy(l => l.LotNumber).ThenBy(l => l.Id))
                .ToPageAsync(q, cancellationToken);
        }

        public async ValueTask<LotDetailDto> Handle(One q, CancellationToken cancellationToken) =>
            await StockpileQueries.DetailAsync(db, q.Id, cancellationToken);
    }
}
