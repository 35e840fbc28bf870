namespace MineAction.Application.Resources;

public static class GetContribution
{
    public sealed record Query(Guid Id) : IQuery<ContributionDto>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, ContributionDto>
    {
        public async ValueTask<ContributionDto> Handle(Query q, CancellationToken cancellationToken) => await LoadAsync(db, q.Id, cancellationToken);
    }

    internal static async Task<ContributionDto> LoadAsync(IMineActionDb db, Guid id, CancellationToken ct)
    {
        var c = await db.Contributions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(nameof(Contribution), id);
        var names = await db.Organisations.Where(o => o.Id == c.DonorId).Select(o => o.Acronym).SingleAsync(ct);
        var fund = await db.Funds.Where(f => f.Id == c.FundId).Select(f => f.Name).SingleAsync(ct);
        var project = await db.Projects.Where(p => p.Id == c.ProjectId).Select(p => p.Code).SingleOrDefaultAsync(ct);
        var province = await db.AdminAreas.Where(a => a.Id == c.EarmarkedProvinceId).Select(a => a.Name).SingleOrDefaultAsync(ct);
        var transactions = await db.FundingTransactions.AsNoTracking().Where(t => t.ContributionId == id)
            .OrderBy(t => t.Date).ThenBy(t => t.Id).ToListAsync(ct);
        return new ContributionDto(c.Id, c.DonorId, names, c.FundId, fund, c.ProjectId, project, c.RecipientOrganisationId, c.Reference, c.Currency,
            c.Amount, c.Schedule, c.IsMultiYear, c.EarmarkedActivity, c.EarmarkedProvinceId, province,
            transactions.Select(t => new TransactionDto(t.Id, t.Type, (int)t.Type, t.Date, t.Amount, t.Currency, t.UsdRate, t.RateDate, t.UsdAmount,
                t.Description, t.ExternalImsmaId)).ToList(), c.RowVersion);
    }
}
