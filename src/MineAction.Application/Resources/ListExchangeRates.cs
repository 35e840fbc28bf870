namespace MineAction.Application.Resources;

public static class ListExchangeRates
{
    public sealed record Query(string? Currency = null, int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<ExchangeRateDto>>, IFixedOrderPagedQuery;

    public sealed class Validator : FixedOrderPagingValidator<Query>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, PagedResult<ExchangeRateDto>>
    {
        public async ValueTask<PagedResult<ExchangeRateDto>> Handle(Query q, CancellationToken cancellationToken)
        {
            var rates = db.ExchangeRates.AsNoTracking();
            var currency = q.Currency?.ToUpperInvariant();
            rates = currency is { Length: > 0 } ? rates.Where(r => r.Currency == currency) : rates;
            return await rates.OrderBy(r => r.Currency).ThenByDescending(r => r.RateDate)
                .Select(r => new ExchangeRateDto(r.Id, r.Currency, r.RateDate, r.UsdPerUnit))
                .ToPageAsync(q, cancellationToken);
        }
    }
}
