namespace MineAction.Application.Hazards;

public static class ListHazardousAreas
{
    /// <summary>The list's filters; <c>Bbox</c> is "minLon,minLat,maxLon,maxLat": only hazards whose polygon intersects the box.</summary>
    public sealed record Query(
        string? Search = null,
        HazardStatus? Status = null,
        HazardType? Type = null,
        Guid? ProvinceId = null,
        Guid? DistrictId = null,
        Guid? OrganisationId = null,
        DeviceCategory? DeviceCategory = null,
        string? Bbox = null,
        ApprovalStatus? ApprovalStatus = null,
        bool IncludeArchived = false,
        int Page = 1,
        int PageSize = Paging.DefaultPageSize,
        string? Sort = null) : IQuery<PagedResult<HazardSummaryDto>>, IPagedQuery;

    public static readonly SortMap<HazardousArea> Sorts = new SortMap<HazardousArea>("code", h => h.Id)
        .Add("code", h => h.Code)
        .Add("name", h => h.Name)
        .Add("areaM2", h => h.AreaM2)
        .Add("recordedOn", h => h.RecordedOn)
        .Add("status", h => h.Status)
        .Add("type", h => h.Type)
        .Add("updatedAt", h => h.UpdatedAt);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.AddPagingRules(Sorts.Keys);
            RuleFor(q => q.Search).MaximumLength(200).WithName("search");
            RuleFor(q => q.Status).IsInEnum().WithName("status");
            RuleFor(q => q.Type).IsInEnum().WithName("type");
            RuleFor(q => q.DeviceCategory).IsInEnum().WithName("deviceCategory");
            RuleFor(q => q.ApprovalStatus).IsInEnum().WithName("approvalStatus");
            RuleFor(q => q.Bbox)
                .Must(b => b is null || BoundingBox.TryParse(b, out _))
                .WithName("bbox")
                .WithMessage("'bbox' is minLon,minLat,maxLon,maxLat in WGS 84 with min < max.");
        }
    }

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, PagedResult<HazardSummaryDto>>
    {
        public async ValueTask<PagedResult<HazardSummaryDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var hazards = Filter(db.HazardousAreas.AsNoTracking(), query);
            return await Sorts.Apply(hazards, query.Sort)
                .Select(HazardSummaryDto.Projection)
                .ToPageAsync(query, cancellationToken);
        }
    }

    /// <summary>The list's filters, shared with the CSV export.</summary>
    public static IQueryable<HazardousArea> Filter(IQueryable<HazardousArea> hazards, Query query)
    {
        if (query.IncludeArchived)
        {
            hazards = hazards.IncludingArchived();
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = $"%{LikePattern.Escape(query.Search.Trim())}%";
            hazards = hazards.Where(h => EF.Functions.ILike(h.Code, pattern, "\\")
                || EF.Functions.ILike(h.Name, pattern, "\\")
                || (h.ExternalImsmaId != null && EF.Functions.ILike(h.ExternalImsmaId, pattern, "\\")));
        }

        if (query.Status is { } status)
        {
            hazards = hazards.Where(h => h.Status == status);
        }

        if (query.Type is { } type)
        {
            hazards = hazards.Where(h => h.Type == type);
        }

        if (query.ProvinceId is { } provinceId)
        {
            hazards = hazards.Where(h => h.ProvinceId == provinceId);
        }

        if (query.DistrictId is { } districtId)
        {
            hazards = hazards.Where(h => h.DistrictId == districtId);
        }

        if (query.OrganisationId is { } organisationId)
        {
            hazards = hazards.Where(h => h.RecordingOrganisationId == organisationId);
        }

        if (query.DeviceCategory is { } category)
        {
            hazards = hazards.Where(h => h.DeviceCategories.Contains(category));
        }

        if (query.ApprovalStatus is { } approval)
        {
            hazards = hazards.Where(h => h.ApprovalStatus == approval);
        }

        if (query.Bbox is not null && BoundingBox.TryParse(query.Bbox, out var box))
        {
            hazards = hazards.Where(h => h.Geometry.Intersects(box));
        }

        return hazards;
    }
}
