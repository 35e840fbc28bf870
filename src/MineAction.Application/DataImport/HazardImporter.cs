using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MineAction.Application.Hazards;
using MineAction.Domain.DataImport;
using NetTopologySuite.Geometries;

namespace MineAction.Application.DataImport;

/// <summary>
/// Hazardous areas. A row whose external (IMSMA) id already belongs to a hazardous area of the same organisation updates it (changed
/// fields only, audited); a CHA row is registered and confirmed on its confirmation date. The polygon is the geometry column (GeoJSON or
/// WKT, WGS 84) or, in a GeoJSON or shapefile, the feature's own.
/// </summary>
public sealed class HazardImporter(IMineActionDb db, ImportReferences references, ICurrentUser user, TimeProvider clock,
    IOptions<ProgrammeOptions> programme) : OrganisationRecordImporter
{
    public override ImportRecordType Type => ImportRecordType.HazardousAreas;

    protected override string Plural => "Hazardous areas";

    public override string EntityType => nameof(HazardousArea);

    public override string? FeatureGeometryColumn => "geometry";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("external_id", "externalImsmaId", false, "#meta +id +imsma", "The hazard's id in IMSMA: a later file with the same id and organisation updates it."),
        new("name", "name", true, "#loc +name", "A name people on the ground use."),
        ImportColumn.Choice<HazardType>("type", "type", false, "#status +code", "SHA (suspected, the default) or CHA (confirmed: give confirmed_on)."),
        new("confirmed_on", "confirmedOn", false, "#date +confirmed", "For a CHA: when direct evidence confirmed it (yyyy-MM-dd)."),
        new("geometry", "geometry", true, "#geo +bounds", "The polygon: GeoJSON or WKT in WGS 84 (longitude first). In GeoJSON and shapefiles the feature's geometry."),
        new("organisation", "recordingOrganisationId", true, "#org +acronym", "Acronym of the organisation that recorded it."),
        ImportColumn.Choice<Evidence>("evidence", "evidence", true, "#indicator +evidence", "What the hazard is known from."),
        new("device_categories", "deviceCategories", false, "#indicator +devices", "Device categories found or suspected, separated by ';'.", Enum.GetNames<DeviceCategory>()),
        new("land_use_blocked", "landUseBlocked", false, "#indicator +landuse", "Land uses blocked, separated by ';'.", Enum.GetNames<LandUse>()),
        new("recorded_on", "recordedOn", true, "#date +recorded", "When it was recorded (yyyy-MM-dd)."),
        new("province", "provinceId", false, "#adm1 +code", "Province p-code; found from the polygon when empty."),
        new("district", "districtId", false, "#adm2 +code", "District p-code; found from the polygon when empty."),
        new("source_report", "sourceReport", false, "#meta +source", "Survey or report reference."),
        new("direct_girls", "directBeneficiaries.girls", false, "#targeted +f +children", "Direct beneficiaries: girls."),
        new("direct_boys", "directBeneficiaries.boys", false, "#targeted +m +children", "Direct beneficiaries: boys."),
        new("direct_women", "directBeneficiaries.women", false, "#targeted +f +adults", "Direct beneficiaries: women."),
        new("direct_men", "directBeneficiaries.men", false, "#targeted +m +adults", "Direct beneficiaries: men."),
        new("indirect_girls", "indirectBeneficiaries.girls", false, "#targeted +indirect +f +children", "Indirect beneficiaries: girls."),
        new("indirect_boys", "indirectBeneficiaries.boys", false, "#targeted +indirect +m +children", "Indirect beneficiaries: boys."),
        new("indirect_women", "indirectBeneficiaries.women", false, "#targeted +indirect +f +adults", "Indirect beneficiaries: women."),
        new("indirect_men", "indirectBeneficiaries.men", false, "#targeted +indirect +m +adults", "Indirect beneficiaries: men."),
    ];

    public override Task<ImportBatch?> OpenBatchAsync(Guid importId, CancellationToken ct) =>
        Task.FromResult<ImportBatch?>(new HazardBatch(db, this, user, clock, programme.Value.LocationToleranceMetres, importId));

    public override async Task<(Guid Id, RowChange Change)?> ImportAsync(RowCells cells, IMediator mediator, CancellationToken ct)
    {
        // The row becomes the very command the API runs: a registration, or the update of the hazard its IMSMA id names.
        (Guid Id, uint RowVersion)? existing = null;
        var row = await ReadAsync(cells, async (organisation, external) =>
        {
            existing = organisation is { } recordedBy && external is not null
                ? (await db.HazardousAreas.Where(h => h.RecordingOrganisationId == recordedBy && h.ExternalImsmaId == external)
                    .Select(h => new { h.Id, h.RowVersion }).ToListAsync(ct)).Select(h => (h.Id, h.RowVersion)).FirstOrDefault()
                : null;
            return existing is { } found ? new UpdateHazardousArea.Command { Id = found.Id } : new RegisterHazardousArea.Command();
        }, ct);
        if (cells.Problems.Count > 0)
        {
            return null;
        }

        var input = row.Input with { Geometry = row.Polygon is null ? null : JsonSerializer.SerializeToElement(row.Polygon, GeoJson.Options) };
        var saved = input is RegisterHazardousArea.Command register
            ? await mediator.Send(register, ct)
            : await mediator.Send((UpdateHazardousArea.Command)input, ct);
        if (row.Type == HazardType.CHA && saved.Summary.Type == HazardType.SHA)
        {
            saved = await mediator.Send(new ConfirmHazardousArea.Command(saved.Summary.Id, null, row.ConfirmedOn,
                ConfirmationNote(row.Input.SourceReport)), ct);
        }

        var change = existing is not { } before ? RowChange.Created : saved.Summary.RowVersion == before.RowVersion ? RowChange.Unchanged : RowChange.Updated;
        return (saved.Summary.Id, change);
    }

    /// <summary>
    /// The row read into the command <paramref name="commandFor"/> gives for its organisation and external id (a registration, or the update
    /// of the hazard they name); its unreadable cells are problems on <paramref name="cells"/>.
    /// </summary>
    internal async Task<HazardRow> ReadAsync(RowCells cells, Func<Guid?, string?, Task<HazardInput>> commandFor, CancellationToken ct)
    {
        var type = cells.Enum<HazardType>("type") ?? HazardType.SHA;
        var confirmedOn = cells.Date("confirmed_on");
        var (organisation, external) = (await references.OrganisationAsync(cells, "organisation", ct), cells.Text("external_id"));
        var polygon = ImportGeometry.Read(cells, "geometry", "a Polygon or MultiPolygon");
        var command = await commandFor(organisation, external) with
        {
            Name = cells.Text("name"),
            ProvinceId = await references.AdminAreaAsync(cells, "province", ct), DistrictId = await references.AdminAreaAsync(cells, "district", ct),
            RecordingOrganisationId = organisation,
            DeviceCategories = cells.Enums<DeviceCategory>("device_categories"), Evidence = cells.Enum<Evidence>("evidence"),
            LandUseBlocked = cells.Enums<LandUse>("land_use_blocked"), DirectBeneficiaries = cells.Sadd(DirectColumns),
            IndirectBeneficiaries = cells.Sadd(IndirectColumns), RecordedOn = cells.Date("recorded_on"),
            SourceReport = cells.Text("source_report"), ExternalImsmaId = external,
        };
        if (type == HazardType.CHA && confirmedOn is null)
        {
            cells.Problem("confirmed_on", "IMPORT_CONFIRMATION_DATE_MISSING", "A CHA row needs the date it was confirmed (confirmed_on).");
        }

        return new HazardRow(command, polygon, type, confirmedOn, organisation, external);
    }

    /// <summary>What a hazard imported as a CHA says of its confirmation.</summary>
    internal static string ConfirmationNote(string? sourceReport) => $"Imported as CHA{(sourceReport is { } source ? $" ({source})" : string.Empty)}";

    private static readonly string[] DirectColumns = ["direct_girls", "direct_boys", "direct_women", "direct_men"];
    private static readonly string[] IndirectColumns = ["indirect_girls", "indirect_boys", "indirect_women", "indirect_men"];

    public override async IAsyncEnumerable<IReadOnlyDictionary<string, string?>> ExportAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var rows = from h in db.HazardousAreas.AsNoTracking()
                   join o in db.Organisations.IncludingArchived() on h.RecordingOrganisationId equals o.Id
                   join p in db.AdminAreas.IncludingArchived() on h.ProvinceId equals p.Id
                   join d in db.AdminAreas.IncludingArchived() on h.DistrictId equals d.Id into districts
                   from d in districts.DefaultIfEmpty()
                   orderby o.Acronym, h.ExternalImsmaId, h.Code
                   select new { h, Organisation = o.Acronym, Province = p.Code, District = d == null ? null : d.Code };
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            var h = r.h;
            yield return new Dictionary<string, string?>(ExportCell.Sadd(DirectColumns, h.DirectBeneficiaries).Concat(ExportCell.Sadd(IndirectColumns, h.IndirectBeneficiaries)))
            {
                ["external_id"] = h.ExternalImsmaId, ["name"] = h.Name, ["type"] = h.Type.ToString(), ["confirmed_on"] = ExportCell.Of(h.ConfirmedOn),
                ["geometry"] = ExportCell.Of(h.Geometry), ["organisation"] = r.Organisation, ["evidence"] = h.Evidence.ToString(),
                ["device_categories"] = ExportCell.List(h.DeviceCategories), ["land_use_blocked"] = ExportCell.List(h.LandUseBlocked),
                ["recorded_on"] = ExportCell.Of(h.RecordedOn), ["province"] = r.Province, ["district"] = r.District, ["source_report"] = h.SourceReport,
            };
        }
    }
}

/// <summary>A hazard row read: the command it fills (but its polygon, read once and kept as it is), and what the command does not carry.</summary>
internal sealed record HazardRow(HazardInput Input, Geometry? Polygon, HazardType Type, DateOnly? ConfirmedOn, Guid? Organisation, string? External);
