using System.Runtime.CompilerServices;
using MineAction.Application.People;
using MineAction.Domain.DataImport;

namespace MineAction.Application.DataImport;

/// <summary>
/// Explosive ordnance accidents (the NMAA's records: their external id is unique nationally). Casualties are a table of their own that
/// names the accident by its external id. An accident is not edited by a file: a row whose external id is recorded must match it.
/// </summary>
public sealed class AccidentImporter(IMineActionDb db, ImportReferences references) : RecordImporter
{
    public override ImportRecordType Type => ImportRecordType.Accidents;

    public override string EntityType => nameof(Accident);

    public override string? FeatureGeometryColumn => "location";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("external_id", "externalImsmaId", true, "#event +code", "The accident's id in IMSMA or the source: casualties name it."),
        new("occurred_on", "occurredOn", true, "#date +occurred", "When it happened (yyyy-MM-dd)."),
        new("location", "location", false, "#geo +coord", "Where: a GeoJSON or WKT point (longitude first), or use longitude/latitude."),
        new("longitude", "location", false, "#geo +lon", "Longitude in WGS 84 decimal degrees."),
        new("latitude", "location", false, "#geo +lat", "Latitude in WGS 84 decimal degrees."),
        new("province", "provinceId", false, "#adm1 +code", "Province p-code; found from the point when empty."),
        new("district", "districtId", false, "#adm2 +code", "District p-code; found from the point when empty."),
        ImportColumn.Choice<DeviceCategory>("device_category", "deviceCategory", true, "#item +type", "The kind of device that went off."),
        new("hazard", "hazardousAreaId", false, "#loc +code", "The hazardous area it happened in, if known: its code or IMSMA id."),
        ImportColumn.Choice<ActivityAtTime>("activity_at_time", "activityAtTime", true, "#activity", "What the people were doing."),
        new("killed", "killed", true, "#affected +killed", "People killed."),
        new("injured", "injured", true, "#affected +injured", "People injured."),
        new("source", "source", false, "#meta +source", "Where the report came from."),
    ];

    public override (string Column, string Value)? KeyOf(RowCells cells) => cells.Text("external_id") is { } id ? ("external_id", id) : null;

    public override void EnsureAllowed(ICurrentUser user) =>
        user.EnsureInRole(Roles.AccidentEntry, "Accidents are imported by the NMAA (information managers and administrators).");

    public override async Task<(Guid Id, RowChange Change)?> ImportAsync(RowCells cells, IMediator mediator, CancellationToken ct)
    {
        var command = new RecordAccident.Command(cells.Date("occurred_on"), ImportGeometry.Point(cells, "location"),
            await references.AdminAreaAsync(cells, "province", ct), await references.AdminAreaAsync(cells, "district", ct),
            cells.Enum<DeviceCategory>("device_category"), await references.HazardAsync(cells, "hazard", ct), cells.Enum<ActivityAtTime>("activity_at_time"),
            cells.Count("killed"), cells.Count("injured"), cells.Text("source"), cells.Text("external_id"));
        if (cells.Problems.Count > 0)
        {
            return null;
        }

        var existing = await db.Accidents.IncludingArchived().Where(a => a.ExternalImsmaId == command.ExternalImsmaId).SingleOrDefaultAsync(ct);
        if (existing is null)
        {
            return ((await mediator.Send(command, ct)).Id, RowChange.Created);
        }

        if (existing.OccurredOn == command.OccurredOn && existing.DeviceCategory == command.DeviceCategory && existing.Killed == command.Killed
            && existing.Injured == command.Injured && existing.ActivityAtTime == command.ActivityAtTime)
        {
            return (existing.Id, RowChange.Unchanged);
        }

        cells.Problem("external_id", "IMPORT_ACCIDENT_FIXED",
            $"Accident '{command.ExternalImsmaId}' is recorded already with other facts; an accident is not edited by a file — correct it in MineAction.");
        return null;
    }

    public override async IAsyncEnumerable<IReadOnlyDictionary<string, string?>> ExportAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var rows = from a in db.Accidents.AsNoTracking()
                   join p in db.AdminAreas.IncludingArchived() on a.ProvinceId equals p.Id
                   join d in db.AdminAreas.IncludingArchived() on a.DistrictId equals d.Id into districts
                   from d in districts.DefaultIfEmpty()
                   join h in db.HazardousAreas.IncludingArchived() on a.HazardousAreaId equals h.Id into hazards
                   from h in hazards.DefaultIfEmpty()
                   orderby a.ExternalImsmaId, a.OccurredOn, a.Id
                   select new { a, Province = p.Code, District = d == null ? null : d.Code, Hazard = h == null ? null : h.ExternalImsmaId ?? h.Code };
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            var a = r.a;
            yield return new Dictionary<string, string?>
            {
                ["external_id"] = a.ExternalImsmaId, ["occurred_on"] = ExportCell.Of(a.OccurredOn), ["location"] = ExportCell.Of(a.Location),
                ["province"] = r.Province, ["district"] = r.District, ["device_category"] = a.DeviceCategory.ToString(), ["hazard"] = r.Hazard,
                ["activity_at_time"] = a.ActivityAtTime.ToString(), ["killed"] = ExportCell.Of(a.Killed), ["injured"] = ExportCell.Of(a.Injured),
                ["source"] = a.Source,
            };
        }
    }
}
