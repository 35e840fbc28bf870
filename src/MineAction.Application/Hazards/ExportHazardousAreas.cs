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

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, IAsyncEnumerable<HazardSummaryDto>>
    {
        public ValueTask<IAsyncEnumerable<HazardSummaryDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var hazards = ListHazardousAreas.Filter(db.HazardousAreas.AsNoTracking(), query.Filter);
            return ValueTask.FromResult(ListHazardousAreas.Sorts.Apply(hazards, query.Filter.Sort)
                .Take(MaxRows)
                .Select(HazardSummaryDto.Projection)
                .AsAsyncEnumerable());
        }
    }
}
