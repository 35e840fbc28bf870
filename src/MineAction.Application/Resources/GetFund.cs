namespace MineAction.Application.Resources;

public static class GetFund
{
    public sealed record Query(Guid Id) : IQuery<FundDto>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, FundDto>
    {
        public async ValueTask<FundDto> Handle(Query q, CancellationToken cancellationToken) =>
            (await ListFunds.RowsAsync(db, q.Id, cancellationToken)).SingleOrDefault() ?? throw new NotFoundException("Fund", q.Id);
    }
}
