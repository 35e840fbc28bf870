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

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        public async ValueTask<IReadOnlyList<Row>> Handle(Query q, CancellationToken cancellationToken)
        {
            var rows = new List<Row>();
            foreach (var type in Enum.GetValues<HazardType>())
            {
                rows.Add(new Row(type, await ContaminationHistory.RemainingAsync(db, q.ProvinceId, type, q.AsOf!.Value, cancellationToken)));
            }

            return rows;
        }
    }
}
