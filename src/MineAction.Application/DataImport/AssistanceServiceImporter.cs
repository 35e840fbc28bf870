using System.Runtime.CompilerServices;
using MineAction.Application.People;
using MineAction.Domain.DataImport;

namespace MineAction.Application.DataImport;

/// <summary>
/// Victim assistance services delivered to casualties of imported or existing accidents, named by the accident's and the casualty's
/// external ids (and, for an indirect victim, the relationship to the casualty). A casualty without a case for that person gets one, opened
/// on <c>case_opened_on</c> or the service's date, with the service's pillar as its need. Only the roles that handle cases bring them in;
/// a service is keyed by its id in the source within its case and is not edited by a file.
/// </summary>
public sealed class AssistanceServiceImporter(IMineActionDb db, ImportReferences references) : RecordImporter
{
    public override ImportRecordType Type => ImportRecordType.AssistanceServices;

    public override string EntityType => nameof(AssistanceService);

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("external_id", "externalImsmaId", true, "#meta +id", "The service's id in the source, unique within its case."),
        new("accident", "accidentId", true, "#event +code", "External id of the accident (import accidents first)."),
        new("casualty", "casualtyId", true, "#meta +id +casualty", "External id of the casualty within the accident (import casualties first)."),
        new("relationship", "relationship", false, "#affected +relationship", "For an indirect victim: the relationship to the casualty (e.g. widow); empty for the survivor."),
        new("delivered_on", "deliveredOn", true, "#date", "When it was delivered (yyyy-MM-dd)."),
        new("provider", "providerId", true, "#org +impl +acronym", "Acronym of the providing organisation."),
        ImportColumn.Choice<Pillar>("pillar", "pillar", true, "#service +type", "The victim assistance pillar."),
        new("cost_usd", "costUsd", false, "#value +usd", "Cost in US dollars (0 when empty)."),
        new("case_opened_on", "openedOn", false, "#date +start", "When the case was opened, if it is not recorded yet (the service's date when empty)."),
    ];

    public override (string Column, string Value)? KeyOf(RowCells cells) =>
        cells.Text("external_id") is { } id
            ? ("external_id", $"{id} of casualty {cells.Text("casualty")} of accident {cells.Text("accident")} ({cells.Text("relationship") ?? "survivor"})")
            : null;

    public override void EnsureAllowed(ICurrentUser user) => user.EnsureAssistanceTeam();

    public override async Task<(Guid Id, RowChange Change)?> ImportAsync(RowCells cells, IMediator mediator, CancellationToken ct)
    {
        var casualty = await references.CasualtyAsync(cells, "casualty", await references.AccidentAsync(cells, "accident", ct), ct);
        var provider = await references.OrganisationAsync(cells, "provider", ct);
        var (deliveredOn, pillar, cost, openedOn) = (cells.Date("delivered_on"), cells.Enum<Pillar>("pillar"), cells.Amount("cost_usd"), cells.Date("case_opened_on"));
        if (cells.Problems.Count > 0)
        {
            return null;
        }

        var relationship = Domain.Common.Text.TrimToNull(cells.Text("relationship"));
        var caseId = await db.AssistanceCases.Where(c => c.CasualtyId == casualty && c.Relationship == relationship).Select(c => (Guid?)c.Id)
            .FirstOrDefaultAsync(ct)
            ?? (await mediator.Send(new OpenAssistanceCase.Command(casualty, relationship, [pillar!.Value], openedOn ?? deliveredOn, null), ct)).Id;

        var externalId = cells.Text("external_id")!.Trim();
        var recorded = db.AssistanceServices.IncludingArchived().Where(s => s.CaseId == caseId && s.ExternalImsmaId == externalId);
        var existing = await recorded.SingleOrDefaultAsync(ct);
        if (existing is null)
        {
            await mediator.Send(new RecordAssistanceService.Command(caseId, deliveredOn, provider, pillar, cost, externalId), ct);
            return (await recorded.Select(s => s.Id).SingleAsync(ct), RowChange.Created);
        }

        if (existing.DeliveredOn == deliveredOn && existing.ProviderId == provider && existing.Pillar == pillar && existing.CostUsd == (cost ?? 0))
        {
            return (existing.Id, RowChange.Unchanged);
        }

        cells.Problem("external_id", "IMPORT_SERVICE_FIXED",
            $"Service '{externalId}' is recorded already with another date, provider, pillar or cost; a service is not edited by a file — correct it in MineAction.");
        return null;
    }

    public override async IAsyncEnumerable<IReadOnlyDictionary<string, string?>> ExportAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var rows = from s in db.AssistanceServices.AsNoTracking()
                   join k in db.AssistanceCases.IncludingArchived() on s.CaseId equals k.Id
                   join c in db.Casualties.IncludingArchived() on k.CasualtyId equals c.Id
                   join a in db.Accidents.IncludingArchived() on c.AccidentId equals a.Id
                   join o in db.Organisations.IncludingArchived() on s.ProviderId equals o.Id
                   orderby a.ExternalImsmaId, c.ExternalImsmaId, k.Relationship, s.ExternalImsmaId, s.DeliveredOn, s.Id
                   select new { s, k.Relationship, k.OpenedOn, Accident = a.ExternalImsmaId, Casualty = c.ExternalImsmaId, Provider = o.Acronym };
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return new Dictionary<string, string?>
            {
                ["external_id"] = r.s.ExternalImsmaId, ["accident"] = r.Accident, ["casualty"] = r.Casualty, ["relationship"] = r.Relationship,
                ["delivered_on"] = ExportCell.Of(r.s.DeliveredOn), ["provider"] = r.Provider, ["pillar"] = r.s.Pillar.ToString(),
                ["cost_usd"] = ExportCell.Of(r.s.CostUsd), ["case_opened_on"] = ExportCell.Of(r.OpenedOn),
            };
        }
    }
}
