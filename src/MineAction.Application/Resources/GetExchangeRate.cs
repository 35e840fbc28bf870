namespace MineAction.Application.Resources;

public static class GetExchangeRate
{
    public sealed record Query(Guid Id) : IQuery<ExchangeRateDto>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, ExchangeRateDto>
    {
        public async ValueTask<ExchangeRateDto> Handle(Query q, CancellationToken cancellationToken) =>
            await db.ExchangeRates.AsNoTracking().Where(r => r.Id == q.Id)
                .Select(r => new ExchangeRateDto(r.Id, r.Currency, r.RateDate, r.UsdPerUnit)).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("ExchangeRate", q.Id);
    }
}
