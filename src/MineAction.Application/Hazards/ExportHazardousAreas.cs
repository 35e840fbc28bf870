namespace MineAction.Application.Hazards;

/// <summary>Every hazardous area the list's filters select (up to <see cref="MaxRows"/>), streamed from the database for the CSV/HXL export.</summary>
public static class ExportHazardousAreas
{
    public const int MaxRows = 200_000;

    public sealed record Query(ListHazardousAreas.Query Filter) : IQuery<IAsyncEnumerable<HazardSummaryDto>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Filter).SetValidator(new ListHazardousAreas.Validator());
    }

    public sealed class Handler(IReportingDb db) : IQueryHandler<Query, IAsyncEnumerable<HazardSummaryDto>>
    {
        public ValueTask<IAsyncEnumerable<HazardSummaryDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            return ValueTask.FromResult(Selected(db, query.Filter).Select(HazardSummaryDto.Projection).AsAsyncEnumerable());
        }
    }

    /// <summary>The hazardous areas an export takes: the list's filters and sort order, up to <see cref="MaxRows"/>.</summary>
    public static IQueryable<HazardousArea> Selected(IMineActionDb db, ListHazardousAreas.Query filter) =>
        ListHazardousAreas.Sorts.Apply(ListHazardousAreas.Filter(db.HazardousAreas.AsNoTracking(), filter), filter.Sort).Take(MaxRows);
}
