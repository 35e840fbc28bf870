namespace MineAction.Application.Geography;

/// <summary>Provinces (level 1), districts (level 2) and communes (level 3) for pick lists and filters.</summary>
public static class ListAdminAreas
{
    public sealed record AdminAreaDto(Guid Id, string Code, string Name, int Level, Guid? ParentId, string CountryCode);

    public sealed record Query(int? Level = null, Guid? ParentId = null) : IQuery<IReadOnlyList<AdminAreaDto>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Level).InclusiveBetween(1, AdminArea.MaxLevel).WithName("level");
    }

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, IReadOnlyList<AdminAreaDto>>
    {
        public async ValueTask<IReadOnlyList<AdminAreaDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var areas = db.AdminAreas.AsNoTracking().Live();
            if (query.Level is { } level)
            {
                areas = areas.Where(a => a.Level == level);
            }

            if (query.ParentId is { } parent)
            {
                areas = areas.Where(a => a.ParentId == parent);
            }

            return await areas.OrderBy(a => a.Level).ThenBy(a => a.Name)
                .Select(a => new AdminAreaDto(a.Id, a.Code, a.Name, a.Level, a.ParentId, a.CountryCode))
                .ToListAsync(cancellationToken);
        }
    }
}
