namespace MineAction.Application.LandRelease;

public static class ListActivities
{
    public sealed record Query(
        Guid? HazardousAreaId = null,
        Guid? OrganisationId = null,
        ActivityType? Type = null,
        ActivityStatus? Status = null,
        ApprovalStatus? ApprovalStatus = null,
        bool IncludeArchived = false,
        int Page = 1,
        int PageSize = Paging.DefaultPageSize,
        string? Sort = null) : IQuery<PagedResult<ActivityDto>>, IPagedQuery;

    public static readonly SortMap<LandReleaseActivity> Sorts = new SortMap<LandReleaseActivity>("-createdAt", a => a.Id)
        .Add("createdAt", a => a.CreatedAt)
        .Add("plannedStart", a => a.PlannedStart)
        .Add("actualEnd", a => a.ActualEnd)
        .Add("status", a => a.Status)
        .Add("type", a => a.Type);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.AddPagingRules(Sorts.Keys);
            RuleFor(q => q.Type).IsInEnum().WithName("type");
            RuleFor(q => q.Status).IsInEnum().WithName("status");
            RuleFor(q => q.ApprovalStatus).IsInEnum().WithName("approvalStatus");
        }
    }

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, PagedResult<ActivityDto>>
    {
        public async ValueTask<PagedResult<ActivityDto>> Handle(Query q, CancellationToken cancellationToken)
        {
            var activities = db.Activities.AsNoTracking();
            activities = q.IncludeArchived ? activities.IncludingArchived() : activities;
            activities = q.HazardousAreaId is { } hazard ? activities.Where(a => a.HazardousAreaId == hazard) : activities;
            activities = q.OrganisationId is { } organisation ? activities.Where(a => a.OrganisationId == organisation) : activities;
            activities = q.Type is { } type ? activities.Where(a => a.Type == type) : activities;
            activities = q.Status is { } status ? activities.Where(a => a.Status == status) : activities;
            activities = q.ApprovalStatus is { } approval ? activities.Where(a => a.ApprovalStatus == approval) : activities;
            return await Sorts.Apply(activities, q.Sort).Select(ActivityDto.Projection(db)).ToPageAsync(q, cancellationToken);
        }
    }
}
