namespace MineAction.Application.LandRelease;

/// <summary>
/// Released land (land-release products, not archived) as map features: the polygon with what was released, how, by whom and when.
/// Filtered by province, hazard, organisation, outcome and release-date range; only products of activities the user may see.
/// </summary>
public static class ReleasedLandFeatures
{
    public const int MaxRows = 500_000;

    public sealed record Row(Guid Id, Guid ActivityId, ActivityType ActivityType, Guid OrganisationId, string OrganisationAcronym,
        Guid HazardousAreaId, string HazardCode, Guid ProvinceId, ReleaseOutcome Outcome, double AreaM2, int? ClearedDepthCm,
        DateOnly ReleaseDate, ApprovalStatus ActivityApprovalStatus);

    public sealed record Query(Guid? ProvinceId = null, Guid? HazardousAreaId = null, Guid? OrganisationId = null, ReleaseOutcome? Outcome = null,
        DateOnly? From = null, DateOnly? To = null) : IQuery<IAsyncEnumerable<MapFeature<Row>>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Outcome).IsInEnum().WithName("outcome");
            this.AddPeriodRule(q => q.From, q => q.To);
        }
    }

    public sealed class Handler(IReportingDb db) : IQueryHandler<Query, IAsyncEnumerable<MapFeature<Row>>>
    {
        public ValueTask<IAsyncEnumerable<MapFeature<Row>>> Handle(Query q, CancellationToken cancellationToken)
        {
            var products = db.Products.AsNoTracking().Where(p => p.SupersededOn == null);
            products = q.HazardousAreaId is { } hazard ? products.Where(p => p.HazardousAreaId == hazard) : products;
            products = q.Outcome is { } outcome ? products.Where(p => p.Outcome == outcome) : products;
            products = q.From is { } from ? products.Where(p => p.ReleaseDate >= from) : products;
            products = q.To is { } to ? products.Where(p => p.ReleaseDate <= to) : products;
            var rows =
                from p in products
                join a in db.Activities on p.ActivityId equals a.Id
                join o in db.Organisations on a.OrganisationId equals o.Id
                join h in db.HazardousAreas.IncludingArchived() on p.HazardousAreaId equals h.Id
                where (q.ProvinceId == null || h.ProvinceId == q.ProvinceId) && (q.OrganisationId == null || a.OrganisationId == q.OrganisationId)
                orderby p.ReleaseDate, p.Id
                select new MapFeature<Row>(
                    new Row(p.Id, a.Id, a.Type, o.Id, o.Acronym, h.Id, h.Code, h.ProvinceId, p.Outcome, p.AreaM2, p.ClearedDepthCm, p.ReleaseDate,
                        a.ApprovalStatus),
                    p.Geometry);
            return ValueTask.FromResult(rows.Take(MaxRows).AsAsyncEnumerable());
        }
    }
}
