using System.Linq.Expressions;

namespace MineAction.Application.LandRelease;

internal static class ProductQueries
{
    /// <summary>Products as DTOs; the user sees those whose activity they may see.</summary>
    public static IQueryable<ProductDto> ProductsOf(
        IMineActionDb db, Expression<Func<LandReleaseProduct, bool>> filter) =>
        from p in db.Products.Where(filter)
        join a in db.Activities on p.ActivityId equals a.Id
        join o in db.Organisations on a.OrganisationId equals o.Id
        orderby p.ReleaseDate, p.Id
        select new ProductDto(p.Id, p.ActivityId, a.Type, o.Acronym, p.HazardousAreaId, p.Outcome, p.AreaM2, p.ClearedDepthCm,
            p.ReleaseDate, p.SupersededOn, a.ApprovalStatus, p.ApprovalStatus, p.ReviewComment, p.RowVersion,
            p.ExternalImsmaId, p.Geometry);

    /// <summary>Released m² of one hazard that counts officially (activity and product approved, product not archived).</summary>
    public static IQueryable<double> ApprovedReleasedM2(IMineActionDb db, Guid hazardId) =>
        from p in db.Products
        join a in db.Activities on p.ActivityId equals a.Id
        where p.HazardousAreaId == hazardId && p.SupersededOn == null && a.ApprovalStatus == ApprovalStatus.Approved
            && p.ApprovalStatus == ApprovalStatus.Approved
        select p.AreaM2;
}
