namespace MineAction.Application.People;

/// <summary>Every accident the list's filters select, with its location, streamed for GeoJSON (no personal data: casualties are not included).</summary>
public static class AccidentFeatures
{
    public const int MaxRows = 200_000;

    private static readonly System.Linq.Expressions.Expression<Func<Accident, MapFeature<ListAccidents.Row>>> Projection =
        MapFeatures.Of(ListAccidents.Row.Projection, a => a.Location);

    public sealed record Query(int? Year = null, Guid? ProvinceId = null) : IQuery<IAsyncEnumerable<MapFeature<ListAccidents.Row>>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Year).InclusiveBetween(1900, 2100).WithName("year");
    }

    public sealed class Handler(IReportingDb db) : IQueryHandler<Query, IAsyncEnumerable<MapFeature<ListAccidents.Row>>>
    {
        public ValueTask<IAsyncEnumerable<MapFeature<ListAccidents.Row>>> Handle(Query query, CancellationToken cancellationToken) =>
            ValueTask.FromResult(ListAccidents.Filter(db.Accidents.AsNoTracking(), new ListAccidents.Query(query.Year, query.ProvinceId))
                .Take(MaxRows).Select(Projection).AsAsyncEnumerable());
    }
}
