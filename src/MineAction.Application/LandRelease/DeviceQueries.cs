using System.Linq.Expressions;

namespace MineAction.Application.LandRelease;

internal static class DeviceQueries
{
    /// <summary>Devices as DTOs; the user sees those whose activity they may see.</summary>
    public static IQueryable<DeviceDto> DevicesOf(IMineActionDb db, Expression<Func<DeviceFound, bool>> filter) =>
        from d in db.Devices.Where(filter)
        join a in db.Activities on d.ActivityId equals a.Id
        orderby d.FoundOn, d.Id
        select new DeviceDto(d.Id, d.ActivityId, d.ProductId, d.Category, d.Model, d.Quantity,
            d.Location == null ? null : d.Location.X, d.Location == null ? null : d.Location.Y,
            d.DepthCm, d.Condition, d.FoundOn, d.DisposalMethod, d.DisposedOn, d.ApprovalStatus, d.ReviewComment, d.RowVersion,
            d.ExternalImsmaId);
}
