namespace MineAction.Application.DataImport;

public static class GetImport
{
    public sealed record Query(Guid Id) : IQuery<ImportJobDto>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : IQueryHandler<Query, ImportJobDto>
    {
        public async ValueTask<ImportJobDto> Handle(Query query, CancellationToken cancellationToken) =>
            ImportJobDto.From(await db.FindVisibleAsync(user, query.Id, cancellationToken));
    }
}

public static class ListImports
{
    public sealed record Query(int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<ImportJobDto>>, IFixedOrderPagedQuery;

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : IQueryHandler<Query, PagedResult<ImportJobDto>>
    {
        public async ValueTask<PagedResult<ImportJobDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var jobs = db.ImportJobs.AsNoTracking().Visible(user).OrderByDescending(j => j.CreatedAt).ThenBy(j => j.Id);
            var total = await jobs.CountAsync(cancellationToken);
            var page = await jobs.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
            return new PagedResult<ImportJobDto>([.. page.Select(ImportJobDto.From)], query.Page, query.PageSize, total);
        }
    }
}

public static class ListImportProblems
{
    /// <summary>The row-by-row report, in file order.</summary>
    public sealed record Query(Guid Id, int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<ImportProblemDto>>, IFixedOrderPagedQuery;

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : IQueryHandler<Query, PagedResult<ImportProblemDto>>
    {
        public async ValueTask<PagedResult<ImportProblemDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            await db.FindVisibleAsync(user, query.Id, cancellationToken);
            var problems = db.ImportProblems.AsNoTracking().Where(p => p.ImportId == query.Id).OrderBy(p => p.Row).ThenBy(p => p.Id);
            var total = await problems.CountAsync(cancellationToken);
            var page = await problems.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
                .Select(p => new ImportProblemDto(p.Row, p.Column, p.Value, p.Rule, p.Message)).ToListAsync(cancellationToken);
            return new PagedResult<ImportProblemDto>(page, query.Page, query.PageSize, total);
        }
    }
}
