namespace MineAction.Application.Hazards;

/// <summary>Every hazardous area the list's filters select (up to <see cref="ExportHazardousAreas.MaxRows"/>) with its polygon, streamed for GeoJSON.</summary>
public static class HazardousAreaFeatures
{
    private static readonly System.Linq.Expressions.Expression<Func<HazardousArea, MapFeature<HazardSummaryDto>>> Projection =
        MapFeatures.Of(HazardSummaryDto.Projection, h => h.Geometry);

    public sealed record Query(ListHazardousAreas.Query Filter) : IQuery<IAsyncEnumerable<MapFeature<HazardSummaryDto>>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Filter).SetValidator(new ListHazardousAreas.Validator());
    }

    public sealed class Handler(IReportingDb db) : IQueryHandler<Query, IAsyncEnumerable<MapFeature<HazardSummaryDto>>>
    {
        public ValueTask<IAsyncEnumerable<MapFeature<HazardSummaryDto>>> Handle(Query query, CancellationToken cancellationToken)
        {
            return ValueTask.FromResult(ExportHazardousAreas.Selected(db, query.Filter).Select(Projection).AsAsyncEnumerable());
        }
    }
}
