namespace MineAction.Application.Operations;

/// <summary>Tasks by status, province and organisation, highest priority score first.</summary>
public static class ListTasks
{
    public sealed record Query(TaskOrderStatus? Status = null, Guid? ProvinceId = null, Guid? OrganisationId = null, int Page = 1,
        int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<TaskDto>>, IFixedOrderPagedQuery;

    public sealed class Validator : FixedOrderPagingValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Status).IsInEnum().WithName("status");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : IQueryHandler<Query, PagedResult<TaskDto>>
    {
        public async ValueTask<PagedResult<TaskDto>> Handle(Query q, CancellationToken cancellationToken)
        {
            var tasks = TaskQueries.Visible(db, user);
            tasks = q.Status is { } status ? tasks.Where(t => t.Status == status) : tasks;
            tasks = q.OrganisationId is { } organisation ? tasks.Where(t => t.OrganisationId == organisation) : tasks;
            if (q.ProvinceId is { } province)
            {
                tasks = tasks.Where(t => t.HazardousAreaIds.Any(id => db.HazardousAreas.Any(h => h.Id == id && h.ProvinceId == province)));
            }

            var page = await TaskQueries.Project(db, tasks).ToPageAsync(q, cancellationToken);
            return page.WithItems(await TaskQueries.LabelledAsync(db, page.Items, cancellationToken));
        }
    }
}
