namespace MineAction.Application.LandRelease;

/// <summary>The devices found during an activity; an activity the user may not see is not found.</summary>
public static class ListDevices
{
    public sealed record Query(Guid ActivityId) : IQuery<IReadOnlyList<DeviceDto>>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, IReadOnlyList<DeviceDto>>
    {
        public async ValueTask<IReadOnlyList<DeviceDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            if (!await db.Activities.IncludingArchived().AnyAsync(a => a.Id == query.ActivityId, cancellationToken))
            {
                throw new NotFoundException("Activity", query.ActivityId);
            }

            return await DeviceQueries.DevicesOf(db, d => d.ActivityId == query.ActivityId).ToListAsync(cancellationToken);
        }
    }
}
