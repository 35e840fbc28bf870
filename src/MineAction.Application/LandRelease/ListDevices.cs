namespace MineAction.Application.LandRelease;

public static class ListDevices
{
    public sealed record Query(Guid ActivityId) : IQuery<IReadOnlyList<DeviceDto>>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, IReadOnlyList<DeviceDto>>
    {
        public async ValueTask<IReadOnlyList<DeviceDto>> Handle(Query query, CancellationToken cancellationToken) =>
            await DeviceQueries.DevicesOf(db, d => d.ActivityId == query.ActivityId).ToListAsync(cancellationToken);
    }
}
