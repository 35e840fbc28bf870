namespace MineAction.Application.Resources;

public static class ListProjects
{
    public sealed record Query(Guid? ImplementingOrganisationId = null) : IQuery<IReadOnlyList<ProjectDto>>;

    public sealed class Handler(IMineActionDb db, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<ProjectDto>>
    {
        public async ValueTask<IReadOnlyList<ProjectDto>> Handle(Query q, CancellationToken cancellationToken)
        {
            var projects = db.Projects.AsNoTracking();
            projects = q.ImplementingOrganisationId is { } org ? projects.Where(p => p.ImplementingOrganisationId == org) : projects;
            return await ToDtosAsync(db, await projects.OrderBy(p => p.Code).ToListAsync(cancellationToken), clock.Today(), cancellationToken);
        }
    }

    internal static async Task<List<ProjectDto>> ToDtosAsync(IMineActionDb db, IReadOnlyList<Project> projects, DateOnly today, CancellationToken ct)
    {
        var ids = projects.Select(p => p.Id).ToList();
        var implementers = projects.Select(p => p.ImplementingOrganisationId).Distinct().ToList(); // theirs only, not every organisation
        var organisations = await db.Organisations.AsNoTracking().Where(o => implementers.Contains(o.Id)).Select(o => new { o.Id, o.Acronym })
            .ToDictionaryAsync(o => o.Id, o => o.Acronym, ct);
        var money = await db.FundingTransactions.Where(t => t.ProjectId != null && ids.Contains(t.ProjectId.Value))
            .GroupBy(t => new { t.ProjectId, t.Type }).Select(g => new { g.Key.ProjectId, g.Key.Type, Usd = g.Sum(t => t.UsdAmount) }).ToListAsync(ct);
        var sources = await (
                from c in db.Contributions.Where(c => c.ProjectId != null && ids.Contains(c.ProjectId.Value))
                join f in db.Funds on c.FundId equals f.Id
                join o in db.Organisations on c.DonorId equals o.Id
                select new { c.ProjectId, Source = o.Acronym + " via " + f.Name })
            .ToListAsync(ct);
        var outputs = await ProjectOutputs.ForAsync(db, projects, ct);
        var progress = await ProjectActuals.ForAsync(db, projects, ct);
        return projects.Select(p =>
        {
            decimal Usd(TransactionType type) => money.Where(m => m.ProjectId == p.Id && m.Type == type).Sum(m => m.Usd);
            var o = outputs[p.Id];
            var spent = Usd(TransactionType.Expenditure);
            return new ProjectDto(p.Id, p.Code, p.Title, p.Description, p.ImplementingOrganisationId, organisations.GetValueOrDefault(p.ImplementingOrganisationId, "?"),
                p.StartDate, p.EndDate, p.StatusOn(today, progress[p.Id]), p.Budget, p.BudgetCurrency, p.ProvinceId,
                sources.Where(s => s.ProjectId == p.Id).Select(s => s.Source).Distinct().Order().ToList(),
                Cost.Committed(Usd(TransactionType.OutgoingCommitment), Usd(TransactionType.IncomingCommitment)), Usd(TransactionType.Disbursement), spent, o,
                Cost.Per(spent, o.ReleasedM2), Cost.Per(spent, o.Beneficiaries), p.ActivityIds, p.TaskIds, p.EoreSessionIds, p.AssistanceServiceIds,
                p.RowVersion);
        }).ToList();
    }
}
