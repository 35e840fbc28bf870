namespace MineAction.Application.Resources;

public static class ListContributions
{
    public sealed record Row(Guid Id, string Donor, string Fund, string? Project, string Reference, string Currency, decimal Amount, bool MultiYear,
        int FirstYear, int LastYear);

    public sealed record Query(Guid? DonorId = null, Guid? FundId = null, Guid? ProjectId = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
        : IQuery<PagedResult<Row>>, IFixedOrderPagedQuery;

    public sealed class Validator : FixedOrderPagingValidator<Query>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, PagedResult<Row>>
    {
        public async ValueTask<PagedResult<Row>> Handle(Query q, CancellationToken cancellationToken)
        {
            var contributions = db.Contributions.AsNoTracking().Where(c => c.ArchivedAt == null);
            contributions = q.DonorId is { } donor ? contributions.Where(c => c.DonorId == donor) : contributions;
            contributions = q.FundId is { } fund ? contributions.Where(c => c.FundId == fund) : contributions;
            contributions = q.ProjectId is { } project ? contributions.Where(c => c.ProjectId == project) : contributions;
            var page = await (
                    from c in contributions
                    join o in db.Organisations on c.DonorId equals o.Id
                    join f in db.Funds on c.FundId equals f.Id
                    orderby o.Acronym, c.Reference
                    select new { c.Id, Donor = o.Acronym, Fund = f.Name, Project = db.Projects.Where(p => p.Id == c.ProjectId).Select(p => p.Code).FirstOrDefault(),
                        c.Reference, c.Currency, c.Amount, c.Schedule })
                .ToPageAsync(q, cancellationToken);
            return new PagedResult<Row>(page.Items.Select(r => new Row(r.Id, r.Donor, r.Fund, r.Project, r.Reference, r.Currency, r.Amount,
                    r.Schedule.Count > 1, r.Schedule.Count > 0 ? r.Schedule.Min(t => t.Year) : 0, r.Schedule.Count > 0 ? r.Schedule.Max(t => t.Year) : 0))
                .ToList(), page.Page, page.PageSize, page.TotalCount);
        }
    }
}
