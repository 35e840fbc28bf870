namespace MineAction.Application.Organisations;

public static class ListOrganisations
{
    public sealed record Query(
        string? Search = null,
        OrganisationType? Type = null,
        OrganisationSector? Sector = null,
        string? CountryCode = null,
        bool IncludeArchived = false,
        int Page = 1,
        int PageSize = Paging.DefaultPageSize,
        string? Sort = null) : IQuery<PagedResult<OrganisationDto>>, IPagedQuery;

    public static readonly SortMap<Organisation> Sorts = new SortMap<Organisation>("name", o => o.Id)
        .Add("name", o => o.Name)
        .Add("acronym", o => o.Acronym)
        .Add("type", o => o.Type)
        .Add("countryCode", o => o.CountryCode)
        .Add("updatedAt", o => o.UpdatedAt);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.AddPagingRules(Sorts.Keys);
            RuleFor(q => q.Search).MaximumLength(200).WithName("search");
            RuleFor(q => q.Type).IsInEnum().WithName("type");
            RuleFor(q => q.Sector).IsInEnum().WithName("sector");
            RuleFor(q => q.CountryCode).Length(3).WithName("countryCode");
        }
    }

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, PagedResult<OrganisationDto>>
    {
        public async ValueTask<PagedResult<OrganisationDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisations = db.Organisations.AsNoTracking();
            if (!query.IncludeArchived)
            {
                organisations = organisations.Where(o => o.ArchivedAt == null);
            }

            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var pattern = $"%{LikePattern.Escape(query.Search.Trim())}%";
                organisations = organisations.Where(o =>
                    EF.Functions.ILike(o.Name, pattern, "\\") || EF.Functions.ILike(o.Acronym, pattern, "\\"));
            }

            if (query.Type is { } type)
            {
                organisations = organisations.Where(o => o.Type == type);
            }

            if (query.Sector is { } sector)
            {
                organisations = organisations.Where(o => o.Sector == sector);
            }

            if (!string.IsNullOrWhiteSpace(query.CountryCode))
            {
                var country = query.CountryCode.ToUpperInvariant();
                organisations = organisations.Where(o => o.CountryCode == country);
            }

            return await Sorts.Apply(organisations, query.Sort)
                .Select(OrganisationDto.Projection)
                .ToPageAsync(query, cancellationToken);
        }
    }
}
