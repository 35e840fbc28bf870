using MineAction.Application.Hazards;
using MineAction.Domain.DataImport;

namespace MineAction.Application.DataImport;

/// <summary>
/// Hazardous areas. A row whose external (IMSMA) id already belongs to a hazardous area of the same organisation updates it (changed
/// fields only, audited); a CHA row is registered and confirmed on its confirmation date. The polygon is the geometry column (GeoJSON or
/// WKT, WGS 84) or, in a GeoJSON or shapefile, the feature's own.
/// </summary>
public sealed class HazardImporter(IMineActionDb db, ImportReferences references) : OrganisationRecordImporter
{
    public override ImportRecordType Type => ImportRecordType.HazardousAreas;

    protected override string Plural => "Hazardous areas";

    public override string EntityType => nameof(HazardousArea);

    public override string? FeatureGeometryColumn => "geometry";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("external_id", "externalImsmaId", false, "#meta +id +imsma", "The hazard's id in IMSMA: a later file with the same id and organisation updates it."),
        new("name", "name", true, "#loc +name", "A name people on the ground use."),
        ImportColumn.Choice<HazardType>("type", "type", false, "#status +type", "SHA (suspected, the default) or CHA (confirmed: give confirmed_on)."),
        new("confirmed_on", "confirmedOn", false, "#date +confirmed", "For a CHA: when direct evidence confirmed it (yyyy-MM-dd)."),
        new("geometry", "geometry", true, "#geo +shape", "The polygon: GeoJSON or WKT in WGS 84 (longitude first). In GeoJSON and shapefiles the feature's geometry."),
        new("organisation", "recordingOrganisationId", true, "#org +acronym", "Acronym of the organisation that recorded it."),
        ImportColumn.Choice<Evidence>("evidence", "evidence", true, "#indicator +evidence", "What the hazard is known from."),
        new("device_categories", "deviceCategories", false, "#indicator +devices", "Device categories found or suspected, separated by ';'.", Enum.GetNames<DeviceCategory>()),
        new("land_use_blocked", "landUseBlocked", false, "#indicator +landuse", "Land uses blocked, separated by ';'.", Enum.GetNames<LandUse>()),
        new("recorded_on", "recordedOn", true, "#date +recorded", "When it was recorded (yyyy-MM-dd)."),
        new("province", "provinceId", false, "#adm1 +code", "Province p-code; found from the polygon when empty."),
        new("district", "districtId", false, "#adm2 +code", "District p-code; found from the polygon when empty."),
        new("source_report", "sourceReport", false, "#meta +source", "Survey or report reference."),
        new("direct_girls", "directBeneficiaries.girls", false, "#beneficiary +f +children", "Direct beneficiaries: girls."),
        new("direct_boys", "directBeneficiaries.boys", false, "#beneficiary +m +children", "Direct beneficiaries: boys."),
        new("direct_women", "directBeneficiaries.women", false, "#beneficiary +f +adults", "Direct beneficiaries: women."),
        new("direct_men", "directBeneficiaries.men", false, "#beneficiary +m +adults", "Direct beneficiaries: men."),
        new("indirect_girls", "indirectBeneficiaries.girls", false, "#beneficiary +indirect +f +children", "Indirect beneficiaries: girls."),
        new("indirect_boys", "indirectBeneficiaries.boys", false, "#beneficiary +indirect +m +children", "Indirect beneficiaries: boys."),
        new("indirect_women", "indirectBeneficiaries.women", false, "#beneficiary +indirect +f +adults", "Indirect beneficiaries: women."),
        new("indirect_men", "indirectBeneficiaries.men", false, "#beneficiary +indirect +m +adults", "Indirect beneficiaries: men."),
    ];

    public override async Task<(Guid Id, RowChange Change)?> ImportAsync(RowCells cells, IMediator mediator, CancellationToken ct)
    {
        var type = cells.Enum<HazardType>("type") ?? HazardType.SHA;
        var confirmedOn = cells.Date("confirmed_on");
        var (organisation, external) = (await references.OrganisationAsync(cells, "organisation", ct), cells.Text("external_id"));
        var existing = organisation is { } recordedBy && external is not null
            ? await db.HazardousAreas.Where(h => h.RecordingOrganisationId == recordedBy && h.ExternalImsmaId == external)
                .Select(h => new { h.Id, h.RowVersion }).FirstOrDefaultAsync(ct)
            : null;

        // The row becomes the very command the API runs: a registration, or the update of the hazard its IMSMA id names.
        HazardInput command = existing is null ? new RegisterHazardousArea.Command() : new UpdateHazardousArea.Command { Id = existing.Id };
        command = command with
        {
            Name = cells.Text("name"), Geometry = ImportGeometry.Of(cells, "geometry", "a Polygon or MultiPolygon"),
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

        if (cells.Problems.Count > 0)
        {
            return null;
        }

        var saved = command is RegisterHazardousArea.Command register
            ? await mediator.Send(register, ct)
            : await mediator.Send((UpdateHazardousArea.Command)command, ct);
        if (type == HazardType.CHA && saved.Summary.Type == HazardType.SHA)
        {
            saved = await mediator.Send(new ConfirmHazardousArea.Command(saved.Summary.Id, null, confirmedOn,
                $"Imported as CHA{(command.SourceReport is { } source ? $" ({source})" : string.Empty)}"), ct);
        }

        var change = existing is null ? RowChange.Created : saved.Summary.RowVersion == existing.RowVersion ? RowChange.Unchanged : RowChange.Updated;
        return (saved.Summary.Id, change);
    }

    private static readonly string[] DirectColumns = ["direct_girls", "direct_boys", "direct_women", "direct_men"];
    private static readonly string[] IndirectColumns = ["indirect_girls", "indirect_boys", "indirect_women", "indirect_men"];
}
