namespace MineAction.Application.Resources;

public static class ListContributions
{
    public sealed record Row(Guid Id, string Donor, string Fund, string? Project, string Reference, string Currency, decimal Amount, bool MultiYear,
        int FirstYear, int LastYear);

    public sealed record Query(Guid? DonorId = null, Guid? FundId = null, Guid? ProjectId = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
        : IQuery<PagedResult<Row>>, IFixedOrderPagedQuery;

    public sealed class Validator : FixedOrderPagingValidator<Query>;

    private static Row ToRow(Contribution c, string donor, string fund, string? project) =>
        new(c.Id, donor, fund, project, c.Reference, c.Currency, c.Amount, c.IsMultiYear,
            c.Schedule.Count > 0 ? c.Schedule.Min(t => t.Year) : 0, c.Schedule.Count > 0 ? c.Schedule.Max(t => t.Year) : 0);

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, PagedResult<Row>>
    {
        public async ValueTask<PagedResult<Row>> Handle(Query q, CancellationToken cancellationToken)
        {
            var contributions = db.Contributions.AsNoTracking();
            contributions = q.DonorId is { } donor ? contributions.Where(c => c.DonorId == donor) : contributions;
            contributions = q.FundId is { } fund ? contributions.Where(c => c.FundId == fund) : contributions;
            contributions = q.ProjectId is { } project ? contributions.Where(c => c.ProjectId == project) : contributions;
            var page = await (
                    from c in contributions
                    join o in db.Organisations on c.DonorId equals o.Id
                    join f in db.Funds on c.FundId equals f.Id
                    orderby o.Acronym, c.Reference
                    select new { Contribution = c, Donor = o.Acronym, Fund = f.Name,
                        Project = db.Projects.Where(p => p.Id == c.ProjectId).Select(p => p.Code).FirstOrDefault() })
                .ToPageAsync(q, cancellationToken);
            return page.WithItems(page.Items.Select(r => ToRow(r.Contribution, r.Donor, r.Fund, r.Project)).ToList());
        }
    }
}
