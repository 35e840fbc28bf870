using System.Linq.Expressions;

namespace MineAction.Application.People;

public static class ListAccidents
{
    public sealed record Row(Guid Id, DateOnly OccurredOn, Guid ProvinceId, DeviceCategory DeviceCategory, ActivityAtTime ActivityAtTime, int Killed, int Injured)
    {
        public static readonly Expression<Func<Accident, Row>> Projection =
            a => new Row(a.Id, a.OccurredOn, a.ProvinceId, a.DeviceCategory, a.ActivityAtTime, a.Killed, a.Injured);
    }

    public sealed record Query(int? Year = null, Guid? ProvinceId = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
        : IQuery<PagedResult<Row>>, IFixedOrderPagedQuery;

    public sealed class Validator : FixedOrderPagingValidator<Query>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, PagedResult<Row>>
    {
        public async ValueTask<PagedResult<Row>> Handle(Query q, CancellationToken cancellationToken)
        {
            return await Filter(db.Accidents.AsNoTracking(), q).Select(Row.Projection).ToPageAsync(q, cancellationToken);
        }
    }

    /// <summary>The list's filters and order, shared with the GeoJSON export.</summary>
    public static IOrderedQueryable<Accident> Filter(IQueryable<Accident> accidents, Query q)
    {
        accidents = q.Year is { } year ? accidents.Where(a => a.OccurredOn.Year == year) : accidents;
        accidents = q.ProvinceId is { } province ? accidents.Where(a => a.ProvinceId == province) : accidents;
        return accidents.OrderByDescending(a => a.OccurredOn).ThenBy(a => a.Id);
    }
}
