namespace MineAction.Application.LandRelease;

public static class GetContaminationAsOf
{
    public sealed record Row(HazardType Type, double RemainingM2)
    {
        public double RemainingKm2 => RemainingM2 / 1e6;
    }

    public sealed record Query(DateOnly? AsOf, Guid? ProvinceId = null) : IQuery<IReadOnlyList<Row>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.AsOf).NotNull().WithName("asOf");
    }

    public sealed class Handler(IReportingDb db) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        public async ValueTask<IReadOnlyList<Row>> Handle(Query q, CancellationToken cancellationToken)
        {
            var remaining = await ContaminationHistory.RemainingAsync(db, q.ProvinceId, q.AsOf!.Value, cancellationToken);
            return [.. remaining.Select(r => new Row(r.Key, r.Value))];
        }
    }
}
