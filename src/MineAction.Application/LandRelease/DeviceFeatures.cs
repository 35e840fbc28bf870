namespace MineAction.Application.LandRelease;

/// <summary>
/// Devices found (explosive ordnance) as map features at their recorded location, with category, quantity and disposal.
/// Filtered by province, hazard, organisation, category and date found; only devices of activities the user may see.
/// </summary>
public static class DeviceFeatures
{
    public const int MaxRows = 500_000;

    public sealed record Row(Guid Id, Guid ActivityId, Guid OrganisationId, string OrganisationAcronym, Guid HazardousAreaId, string HazardCode,
        Guid ProvinceId, DeviceCategory Category, string? Model, int Quantity, DeviceCondition Condition, int? DepthCm, DateOnly FoundOn,
        DisposalMethod? DisposalMethod, DateOnly? DisposedOn);

    public sealed record Query(Guid? ProvinceId = null, Guid? HazardousAreaId = null, Guid? OrganisationId = null, DeviceCategory? Category = null,
        DateOnly? From = null, DateOnly? To = null) : IQuery<IAsyncEnumerable<MapFeature<Row>>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Category).IsInEnum().WithName("category");
            this.AddPeriodRule(q => q.From, q => q.To);
        }
    }

    public sealed class Handler(IReportingDb db) : IQueryHandler<Query, IAsyncEnumerable<MapFeature<Row>>>
    {
        public ValueTask<IAsyncEnumerable<MapFeature<Row>>> Handle(Query q, CancellationToken cancellationToken)
        {
            var devices = db.Devices.AsNoTracking();
            devices = q.HazardousAreaId is { } hazard ? devices.Where(d => d.HazardousAreaId == hazard) : devices;
            devices = q.Category is { } category ? devices.Where(d => d.Category == category) : devices;
            devices = q.From is { } from ? devices.Where(d => d.FoundOn >= from) : devices;
            devices = q.To is { } to ? devices.Where(d => d.FoundOn <= to) : devices;
            var rows =
                from d in devices
                join a in db.Activities on d.ActivityId equals a.Id
                join o in db.Organisations on a.OrganisationId equals o.Id
                join h in db.HazardousAreas.IncludingArchived() on d.HazardousAreaId equals h.Id
                where (q.ProvinceId == null || h.ProvinceId == q.ProvinceId) && (q.OrganisationId == null || a.OrganisationId == q.OrganisationId)
                orderby d.FoundOn, d.Id
                select new MapFeature<Row>(
                    new Row(d.Id, a.Id, o.Id, o.Acronym, h.Id, h.Code, h.ProvinceId, d.Category, d.Model, d.Quantity, d.Condition, d.DepthCm, d.FoundOn,
                        d.DisposalMethod, d.DisposedOn),
                    d.Location);
            return ValueTask.FromResult(rows.Take(MaxRows).AsAsyncEnumerable());
        }
    }
}
