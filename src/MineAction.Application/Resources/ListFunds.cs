namespace MineAction.Application.Resources;

public static class ListFunds
{
    public sealed record Query : IQuery<IReadOnlyList<FundDto>>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, IReadOnlyList<FundDto>>
    {
        public async ValueTask<IReadOnlyList<FundDto>> Handle(Query q, CancellationToken cancellationToken) =>
            await RowsAsync(db, null, cancellationToken);
    }

    internal static async Task<List<FundDto>> RowsAsync(IMineActionDb db, Guid? id, CancellationToken ct)
    {
        var funds = db.Funds.AsNoTracking();
        funds = id is { } only ? funds.Where(f => f.Id == only) : funds;
        var transactions = db.FundingTransactions;
        return await (
                from f in funds
                join o in db.Organisations on f.ManagingOrganisationId equals o.Id
                orderby f.Name
                select new FundDto(f.Id, f.Name, f.Kind, f.ManagingOrganisationId, o.Acronym, f.Description,
                    transactions.Where(t => t.FundId == f.Id && t.Type == TransactionType.IncomingFunds).Sum(t => t.UsdAmount),
                    transactions.Where(t => t.FundId == f.Id && t.Type == TransactionType.Disbursement).Sum(t => t.UsdAmount)))
            .ToListAsync(ct);
    }
}
