namespace MineAction.Application.LandRelease;

/// <summary>One device found, with its disposal, as its activity's reader may see it.</summary>
public static class GetDevice
{
    public sealed record Query(Guid Id) : IQuery<DeviceDto>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, DeviceDto>
    {
        public async ValueTask<DeviceDto> Handle(Query query, CancellationToken cancellationToken) =>
            await DeviceQueries.DevicesOf(db, d => d.Id == query.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Device", query.Id);
    }
}
