using System.Runtime.CompilerServices;
using MineAction.Application.LandRelease;
using MineAction.Domain.DataImport;

namespace MineAction.Application.DataImport;

/// <summary>
/// Explosive ordnance found by imported or existing activities, with its disposal. The place is a point: the location column (GeoJSON or
/// WKT), longitude and latitude columns, or a GeoJSON/shapefile feature. A row whose external id is recorded already may add the disposal
/// the device lacked; anything else must match the record (a device found is not edited). New devices take <see cref="DeviceBatch"/>.
/// </summary>
public sealed class DeviceImporter(IMineActionDb db, ImportReferences references, ICurrentUser user, TimeProvider clock) : OrganisationRecordImporter
{
    public override ImportRecordType Type => ImportRecordType.Devices;

    protected override string Plural => "Devices";

    public override string EntityType => nameof(DeviceFound);

    public override string? FeatureGeometryColumn => "location";

    /// <summary>The EOD spot task form's repeat of devices links each to its activity (the submission).</summary>
    public override string? ParentColumn => "activity";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("external_id", "externalImsmaId", false, "#meta +id +imsma", "The device record's id in IMSMA or the operator's system."),
        new("activity", "activityId", true, "#activity +code +imsma", "External id of the activity that found it (import activities first)."),
        new("organisation", "organisationId", false, "#org +acronym", "Acronym of the activity's organisation (may be left empty when no other organisation's activity has that external id)."),
        new("released_land", "productId", false, "#meta +product", "External id of the released land it was found in, if any."),
        ImportColumn.Choice<DeviceCategory>("category", "category", true, "#item +type", "The device category."),
        new("model", "model", false, "#item +name", "Model or type, e.g. PMN-2."),
        new("quantity", "quantity", true, "#item +quantity", "How many (1 or more)."),
        new("location", "location", false, "#geo +coord", "Where it was found: a GeoJSON or WKT point (longitude first), or use longitude/latitude."),
        new("longitude", "location", false, "#geo +lon", "Longitude in WGS 84 decimal degrees."),
        new("latitude", "location", false, "#geo +lat", "Latitude in WGS 84 decimal degrees."),
        new("depth_cm", "depthCm", false, "#indicator +depth", "Depth it was found at (cm)."),
        ImportColumn.Choice<DeviceCondition>("condition", "condition", false, "#status +condition", "Its condition (Unknown when empty)."),
        new("found_on", "foundOn", true, "#date +found", "When it was found (yyyy-MM-dd)."),
        ImportColumn.Choice<DisposalMethod>("disposal_method", "disposalMethod", false, "#status +disposal", "How it was disposed of, when it was."),
        new("disposed_on", "disposedOn", false, "#date +disposed", "When it was disposed of (with disposal_method)."),
    ];

    public override Task<ImportBatch?> OpenBatchAsync(Guid importId, CancellationToken ct) =>
        Task.FromResult<ImportBatch?>(new DeviceBatch(db, references, user, clock, importId));

    public override async Task<(Guid Id, RowChange Change)?> ImportAsync(RowCells cells, IMediator mediator, CancellationToken ct)
    {
        var organisation = cells.Text("organisation") is null
            ? await references.OrganisationOfActivityAsync(cells, "activity", ct)
            : await references.OrganisationAsync(cells, "organisation", ct);
        var activity = organisation is null ? null : await references.ActivityAsync(cells, "activity", organisation, ct);
        var product = organisation is null ? null : await references.ProductAsync(cells, "released_land", organisation, ct);
        var command = new RecordDevice.Command(activity ?? Guid.Empty, product, cells.Enum<DeviceCategory>("category"), cells.Text("model"),
            cells.Count("quantity"), ImportGeometry.Point(cells, "location"), cells.Count("depth_cm"), cells.Enum<DeviceCondition>("condition"), cells.Date("found_on"),
            cells.Enum<DisposalMethod>("disposal_method"), cells.Date("disposed_on"), cells.Text("external_id"));
        if (cells.Problems.Count > 0)
        {
            return null;
        }

        var existing = command.ExternalImsmaId is null ? null : await db.Devices.OfEveryOrganisation().IncludingArchived()
            .Where(d => d.OrganisationId == organisation && d.ExternalImsmaId == command.ExternalImsmaId).SingleOrDefaultAsync(ct);
        if (existing is null)
        {
            return ((await mediator.Send(command, ct)).Id, RowChange.Created);
        }

        if (!SameFind(existing, command))
        {
            cells.Problem("external_id", "IMPORT_DEVICE_FIXED",
                $"Device record '{command.ExternalImsmaId}' is recorded already with other details; a device found is not edited — archive it in MineAction and import the correction under a new external id.");
            return null;
        }

        if (existing.DisposalMethod is null && command.DisposalMethod is { } method)
        {
            await mediator.Send(new RecordDisposal.Command(existing.Id, method, command.DisposedOn), ct);
            return (existing.Id, RowChange.Updated);
        }

        if (existing.DisposalMethod != command.DisposalMethod || existing.DisposedOn != command.DisposedOn)
        {
            cells.Problem("disposal_method", "IMPORT_DEVICE_FIXED", $"Device record '{command.ExternalImsmaId}' has another disposal recorded already.");
            return null;
        }

        return (existing.Id, RowChange.Unchanged);
    }

    private static bool SameFind(DeviceFound d, RecordDevice.Command c) =>
        d.ActivityId == c.ActivityId && d.ProductId == c.ProductId && d.Category == c.Category && d.Model == Domain.Common.Text.TrimToNull(c.Model)
        && d.Quantity == c.Quantity && d.DepthCm == c.DepthCm && d.Condition == (c.Condition ?? DeviceCondition.Unknown) && d.FoundOn == c.FoundOn;

    public override async IAsyncEnumerable<IReadOnlyDictionary<string, string?>> ExportAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var rows = from d in db.Devices.AsNoTracking()
                   join o in db.Organisations.IncludingArchived() on d.OrganisationId equals o.Id
                   join a in db.Activities.IncludingArchived() on d.ActivityId equals a.Id
                   join p in db.Products.IncludingArchived() on d.ProductId equals p.Id into products
                   from p in products.DefaultIfEmpty()
                   orderby o.Acronym, d.ExternalImsmaId, d.Id
                   select new { d, Organisation = o.Acronym, Activity = a.ExternalImsmaId, Product = p == null ? null : p.ExternalImsmaId };
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            var d = r.d;
            yield return new Dictionary<string, string?>
            {
                ["external_id"] = d.ExternalImsmaId, ["activity"] = r.Activity, ["organisation"] = r.Organisation, ["released_land"] = r.Product,
                ["category"] = d.Category.ToString(), ["model"] = d.Model, ["quantity"] = ExportCell.Of(d.Quantity), ["location"] = ExportCell.Of(d.Location),
                ["depth_cm"] = ExportCell.Of(d.DepthCm), ["condition"] = d.Condition.ToString(), ["found_on"] = ExportCell.Of(d.FoundOn),
                ["disposal_method"] = d.DisposalMethod?.ToString(), ["disposed_on"] = ExportCell.Of(d.DisposedOn),
            };
        }
    }
}
