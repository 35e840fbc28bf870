using System.Runtime.CompilerServices;
using MineAction.Application.People;
using MineAction.Domain.DataImport;

namespace MineAction.Application.DataImport;

/// <summary>
/// Risk education sessions: who taught whom, where and how, and the people reached by sex and age (of them, with disabilities). Each row
/// is recorded through the API's own command (the place is checked against the provinces); a session is not edited by a file, so a row
/// whose external id is recorded already must match it.
/// </summary>
public sealed class EoreSessionImporter(IMineActionDb db, ImportReferences references) : OrganisationRecordImporter
{
    private static readonly string[] Reached = ["girls", "boys", "women", "men"];
    private static readonly string[] Disabled = ["disabled_girls", "disabled_boys", "disabled_women", "disabled_men"];

    public override ImportRecordType Type => ImportRecordType.EoreSessions;

    protected override string Plural => "Risk education sessions";

    public override string EntityType => nameof(EoreSession);

    public override string? FeatureGeometryColumn => "location";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("external_id", "externalImsmaId", false, "#meta +id", "The session's id in the source system (a field form's submission id)."),
        new("held_on", "heldOn", true, "#date", "When the session was held (yyyy-MM-dd)."),
        new("location", "location", false, "#geo +coord", "Where: a GeoJSON or WKT point (longitude first), or use longitude/latitude."),
        new("longitude", "location", false, "#geo +lon", "Longitude in WGS 84 decimal degrees."),
        new("latitude", "location", false, "#geo +lat", "Latitude in WGS 84 decimal degrees."),
        new("province", "provinceId", false, "#adm1 +code", "Province p-code; found from the point when empty."),
        new("organisation", "organisationId", true, "#org +acronym", "Acronym of the organisation that taught it."),
        ImportColumn.Choice<DeliveryMethod>("method", "method", true, "#activity +method", "How it was delivered."),
        ImportColumn.Choice<Audience>("audience", "audience", true, "#targeted +audience", "Who it was for."),
        new("girls", "beneficiaries.girls", true, "#reached +f +children", "Girls reached."),
        new("boys", "beneficiaries.boys", true, "#reached +m +children", "Boys reached."),
        new("women", "beneficiaries.women", true, "#reached +f +adults", "Women reached."),
        new("men", "beneficiaries.men", true, "#reached +m +adults", "Men reached."),
        new("disabled_girls", "withDisabilities.girls", false, "#reached +f +children +disabled", "Of the girls, with disabilities."),
        new("disabled_boys", "withDisabilities.boys", false, "#reached +m +children +disabled", "Of the boys, with disabilities."),
        new("disabled_women", "withDisabilities.women", false, "#reached +f +adults +disabled", "Of the women, with disabilities."),
        new("disabled_men", "withDisabilities.men", false, "#reached +m +adults +disabled", "Of the men, with disabilities."),
        new("materials", "materials", false, "#meta +materials", "Materials used (posters, leaflets…)."),
    ];

    public override async Task<(Guid Id, RowChange Change)?> ImportAsync(RowCells cells, IMediator mediator, CancellationToken ct)
    {
        var organisation = await references.OrganisationAsync(cells, "organisation", ct);
        var command = new RecordEoreSession.Command(cells.Date("held_on"), ImportGeometry.Point(cells, "location"),
            await references.AdminAreaAsync(cells, "province", ct), organisation, cells.Enum<DeliveryMethod>("method"),
            cells.Enum<Audience>("audience"), cells.Sadd(Reached), cells.Sadd(Disabled), cells.Text("materials"), cells.Text("external_id"));
        if (cells.Problems.Count > 0)
        {
            return null;
        }

        var existing = command.ExternalImsmaId is null ? null : await db.EoreSessions.OfEveryOrganisation().IncludingArchived()
            .Where(e => e.OrganisationId == organisation && e.ExternalImsmaId == command.ExternalImsmaId).SingleOrDefaultAsync(ct);
        if (existing is null)
        {
            return ((await mediator.Send(command, ct)).Id, RowChange.Created);
        }

        if (existing.HeldOn == command.HeldOn && existing.Method == command.Method && existing.Audience == command.Audience
            && existing.Beneficiaries == command.Beneficiaries && existing.WithDisabilities == (command.WithDisabilities ?? Sadd.None))
        {
            return (existing.Id, RowChange.Unchanged);
        }

        cells.Problem("external_id", "IMPORT_SESSION_FIXED",
            $"Session '{command.ExternalImsmaId}' is recorded already with other figures; a session is not edited by a file — correct it in MineAction.");
        return null;
    }

    public override async IAsyncEnumerable<IReadOnlyDictionary<string, string?>> ExportAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var rows = from e in db.EoreSessions.AsNoTracking()
                   join o in db.Organisations.IncludingArchived() on e.OrganisationId equals o.Id
                   join p in db.AdminAreas.IncludingArchived() on e.ProvinceId equals p.Id
                   orderby o.Acronym, e.ExternalImsmaId, e.HeldOn, e.Id
                   select new { e, Organisation = o.Acronym, Province = p.Code };
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            var e = r.e;
            yield return new Dictionary<string, string?>(ExportCell.Sadd(Reached, e.Beneficiaries).Concat(ExportCell.Sadd(Disabled, e.WithDisabilities)))
            {
                ["external_id"] = e.ExternalImsmaId, ["held_on"] = ExportCell.Of(e.HeldOn), ["location"] = ExportCell.Of(e.Location),
                ["province"] = r.Province, ["organisation"] = r.Organisation, ["method"] = e.Method.ToString(), ["audience"] = e.Audience.ToString(),
                ["materials"] = e.Materials,
            };
        }
    }
}
