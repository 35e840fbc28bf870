using System.Runtime.CompilerServices;
using MineAction.Application.LandRelease;
using MineAction.Domain.DataImport;

namespace MineAction.Application.DataImport;

/// <summary>
/// Released land (cancelled, reduced or cleared polygons) of imported or existing activities, named by the activity's external id. Each row
/// passes the API's own rules: inside its hazard, no overlap with land already released, dated within the activity — new land through
/// <see cref="ProductBatch"/>, a row naming land already recorded through the API's command. Released land is not edited: a row whose external id is already recorded must describe it as it is (it is then unchanged).
/// </summary>
public sealed class ProductImporter(IMineActionDb db, ImportReferences references, ICurrentUser user, TimeProvider clock) : OrganisationRecordImporter
{
    public override ImportRecordType Type => ImportRecordType.ReleasedLand;

    protected override string Plural => "Released land";

    public override string EntityType => nameof(LandReleaseProduct);

    public override string? FeatureGeometryColumn => "geometry";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("external_id", "externalImsmaId", false, "#meta +id +imsma", "The released area's id in IMSMA or the operator's system."),
        new("activity", "activityId", true, "#activity +code +imsma", "External id of the activity that released it (import activities first)."),
        new("organisation", "organisationId", true, "#org +acronym", "Acronym of the activity's organisation."),
        ImportColumn.Choice<ReleaseOutcome>("outcome", "outcome", true, "#indicator +outcome", "Cancelled (NTS), Reduced (TS) or Cleared."),
        new("geometry", "geometry", true, "#geo +bounds", "The released polygon: GeoJSON or WKT in WGS 84. In GeoJSON and shapefiles the feature's geometry."),
        new("cleared_depth_cm", "clearedDepthCm", false, "#indicator +depth", "For cleared land: the depth it was cleared to (cm)."),
        new("release_date", "releaseDate", true, "#date +released", "When the land was released (yyyy-MM-dd)."),
    ];

    public override Task<ImportBatch?> OpenBatchAsync(Guid importId, CancellationToken ct) =>
        Task.FromResult<ImportBatch?>(new ProductBatch(db, references, user, clock, importId));

    public override async Task<(Guid Id, RowChange Change)?> ImportAsync(RowCells cells, IMediator mediator, CancellationToken ct)
    {
        var organisation = await references.OrganisationAsync(cells, "organisation", ct);
        var activity = organisation is null ? null : await references.ActivityAsync(cells, "activity", organisation, ct);
        var command = new RecordProduct.Command(activity ?? Guid.Empty, ImportGeometry.Of(cells, "geometry", "a Polygon or MultiPolygon"),
            cells.Enum<ReleaseOutcome>("outcome"), cells.Count("cleared_depth_cm"), cells.Date("release_date"), cells.Text("external_id"));
        if (cells.Problems.Count > 0)
        {
            return null;
        }

        var existing = command.ExternalImsmaId is null ? null : await db.Products.OfEveryOrganisation().IncludingArchived()
            .Where(p => p.OrganisationId == organisation && p.ExternalImsmaId == command.ExternalImsmaId).SingleOrDefaultAsync(ct);
        if (existing is null)
        {
            return ((await mediator.Send(command, ct)).Id, RowChange.Created);
        }

        var polygon = command.Geometry is { } g && GeometryInput.Problem(g) is null ? HazardGeometry.ToValidMultiPolygon(GeoJson.Read(g)) : null;
        if (existing.ActivityId == activity && existing.Outcome == command.Outcome && existing.ReleaseDate == command.ReleaseDate
            && existing.ClearedDepthCm == (command.Outcome == ReleaseOutcome.Cleared ? command.ClearedDepthCm : null)
            && polygon is not null && polygon.EqualsExact(existing.Geometry, 1e-7))
        {
            return (existing.Id, RowChange.Unchanged);
        }

        cells.Problem("external_id", "IMPORT_RELEASE_FIXED",
            $"Released land '{command.ExternalImsmaId}' is recorded already and differs from this row; released land is not edited — archive it in MineAction and import the correction under a new external id.");
        return null;
    }

    public override async IAsyncEnumerable<IReadOnlyDictionary<string, string?>> ExportAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var rows = from p in db.Products.AsNoTracking().Where(p => p.SupersededOn == null)
                   join o in db.Organisations.IncludingArchived() on p.OrganisationId equals o.Id
                   join a in db.Activities.IncludingArchived() on p.ActivityId equals a.Id
                   orderby o.Acronym, p.ExternalImsmaId, p.Id
                   select new { p, Organisation = o.Acronym, Activity = a.ExternalImsmaId };
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return new Dictionary<string, string?>
            {
                ["external_id"] = r.p.ExternalImsmaId, ["activity"] = r.Activity, ["organisation"] = r.Organisation, ["outcome"] = r.p.Outcome.ToString(),
                ["geometry"] = ExportCell.Of(r.p.Geometry), ["cleared_depth_cm"] = ExportCell.Of(r.p.ClearedDepthCm), ["release_date"] = ExportCell.Of(r.p.ReleaseDate),
            };
        }
    }
}
