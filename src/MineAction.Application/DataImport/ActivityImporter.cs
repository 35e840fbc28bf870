using System.Runtime.CompilerServices;
using MineAction.Application.LandRelease;
using MineAction.Domain.DataImport;

namespace MineAction.Application.DataImport;

/// <summary>
/// Survey, clearance and EOD activities. A row is created through the API's own command, then started, suspended or completed on its
/// dates as its status says (so the accreditation and date rules apply); a row whose external id the organisation already used updates
/// that activity's plan and moves its status forward. Released land and devices refer to the activity by its external id.
/// </summary>
public sealed class ActivityImporter(IMineActionDb db, ImportReferences references, ICurrentUser user, TimeProvider clock) : OrganisationRecordImporter
{
    public override ImportRecordType Type => ImportRecordType.Activities;

    protected override string Plural => "Activities";

    public override string EntityType => nameof(LandReleaseActivity);

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("external_id", "externalImsmaId", true, "#activity +code +imsma", "The activity's id in IMSMA or the operator's system: released land and devices name it."),
        new("hazard", "hazardousAreaId", true, "#loc +code", "The hazardous area worked on: its code (HA-XTA-000123) or its IMSMA id."),
        new("organisation", "organisationId", true, "#org +acronym", "Acronym of the organisation doing the work."),
        ImportColumn.Choice<ActivityType>("type", "type", true, "#activity +type", "NTS, TS, Clearance, BAC or EOD."),
        new("methods", "methods", false, "#activity +methods", "Clearance methods, separated by ';'.", Enum.GetNames<ClearanceMethod>()),
        new("specified_depth_cm", "specifiedDepthCm", false, "#indicator +depth", "Depth the land is to be cleared to (cm); the national default when empty."),
        new("planned_start", "plannedStart", false, "#date +planned +start", "Planned start (yyyy-MM-dd)."),
        new("planned_end", "plannedEnd", false, "#date +planned +end", "Planned end (yyyy-MM-dd)."),
        new("teams", "teams", false, "#indicator +teams", "Teams deployed (1 when empty)."),
        ImportColumn.Choice<ActivityStatus>("status", "status", false, "#status", "Planned (the default), InProgress, Suspended or Completed."),
        new("started_on", "date", false, "#date +start", "When the work started: needed unless Planned (the organisation must be accredited on that day)."),
        new("completed_on", "date", false, "#date +end", "When the work was completed: needed for Completed."),
    ];

    public override Task<ImportBatch?> OpenBatchAsync(Guid importId, CancellationToken ct) =>
        Task.FromResult<ImportBatch?>(new ActivityBatch(db, this, user, clock, importId));

    /// <summary>
    /// The row read: its organisation, hazard (found by <paramref name="hazardOf"/>), type, status, plan and dates; its unreadable cells and
    /// missing dates are problems on <paramref name="cells"/>.
    /// </summary>
    internal async Task<ActivityRowRead> ReadAsync(RowCells cells, Func<RowCells, Task<Guid?>> hazardOf, CancellationToken ct)
    {
        var organisation = await references.OrganisationAsync(cells, "organisation", ct);
        var hazard = await hazardOf(cells);
        var (type, status) = (cells.Enum<ActivityType>("type"), cells.Enum<ActivityStatus>("status") ?? ActivityStatus.Planned);
        var plan = new ActivityRow(cells.Enums<ClearanceMethod>("methods") ?? [], cells.Count("specified_depth_cm"), cells.Date("planned_start"),
            cells.Date("planned_end"), cells.Count("teams"), cells.Date("started_on"), cells.Date("completed_on"));
        if (status != ActivityStatus.Planned && plan.StartedOn is null && cells.Text("started_on") is null)
        {
            cells.Problem("started_on", "IMPORT_START_DATE_MISSING", $"A {status} activity needs the date its work started (started_on).");
        }

        if (status == ActivityStatus.Completed && plan.CompletedOn is null && cells.Text("completed_on") is null)
        {
            cells.Problem("completed_on", "IMPORT_END_DATE_MISSING", "A completed activity needs the date its work ended (completed_on).");
        }

        return new ActivityRowRead(organisation, hazard, type, status, plan, cells.Text("external_id"));
    }

    public override async Task<(Guid Id, RowChange Change)?> ImportAsync(RowCells cells, IMediator mediator, CancellationToken ct)
    {
        var (organisation, hazard, type, status, plan, external) = await ReadAsync(cells, c => references.HazardAsync(c, "hazard", ct), ct);
        var existing = await db.Activities.OfEveryOrganisation().IncludingArchived()
            .Where(a => a.OrganisationId == organisation && a.ExternalImsmaId == external).SingleOrDefaultAsync(ct);
        if (existing is not null && (existing.HazardousAreaId != hazard || existing.Type != type))
        {
            cells.Problem(existing.HazardousAreaId != hazard ? "hazard" : "type", "IMPORT_ACTIVITY_FIXED",
                $"Activity '{external}' was recorded as {existing.Type} on another hazard or type: an activity's hazard and type do not change.");
        }

        if (cells.Problems.Count > 0)
        {
            return null;
        }

        var id = existing?.Id;
        var changed = false;
        if (existing is null)
        {
            id = (await mediator.Send(plan.ToCreate(hazard, organisation, type, external), ct)).Id;
            changed = true;
        }
        else if (!plan.Matches(existing))
        {
            await mediator.Send(new UpdateActivityPlan.Command(existing.Id, null, plan.Methods, plan.SpecifiedDepthCm ?? existing.SpecifiedDepthCm,
                plan.PlannedStart, plan.PlannedEnd, plan.Teams), ct);
            changed = true;
        }

        var current = existing?.Status ?? ActivityStatus.Planned;
        foreach (var (step, on) in plan.StepsFrom(current, status))
        {
            await mediator.Send(new ChangeActivityStatus.Command(id!.Value, null, step, on), ct);
            changed = true;
        }

        return (id!.Value, existing is null ? RowChange.Created : changed ? RowChange.Updated : RowChange.Unchanged);
    }

    /// <summary>The plan and dates a row gives an activity.</summary>
    internal sealed record ActivityRow(List<ClearanceMethod> Methods, int? SpecifiedDepthCm, DateOnly? PlannedStart, DateOnly? PlannedEnd,
        int? Teams, DateOnly? StartedOn, DateOnly? CompletedOn)
    {
        /// <summary>The API's command creating the activity the row describes (planned: its status changes follow).</summary>
        public CreateActivity.Command ToCreate(Guid? hazard, Guid? organisation, ActivityType? type, string? external) =>
            new(hazard, organisation, type, Methods, SpecifiedDepthCm, PlannedStart, PlannedEnd, null, Teams, external);

        public bool Matches(LandReleaseActivity a) =>
            a.Methods.SequenceEqual(Methods) && (SpecifiedDepthCm is null || SpecifiedDepthCm == a.SpecifiedDepthCm)
            && PlannedStart == a.PlannedStart && PlannedEnd == a.PlannedEnd && (Teams ?? a.Teams) == a.Teams;

        /// <summary>The status changes that take an activity from where it stands to the row's status (forward only).</summary>
        public IEnumerable<(ActivityStatus Step, DateOnly? On)> StepsFrom(ActivityStatus current, ActivityStatus target)
        {
            if (current == target)
            {
                yield break;
            }

            if (current == ActivityStatus.Completed || target == ActivityStatus.Planned)
            {
                throw new DomainRuleViolation("IMPORT_STATUS_BACKWARDS",
                    $"The activity is {current} already; an import moves its status forward only.", "status");
            }

            if (current != ActivityStatus.InProgress)
            {
                yield return (ActivityStatus.InProgress, StartedOn);
            }

            if (target != ActivityStatus.InProgress)
            {
                yield return (target, target == ActivityStatus.Completed ? CompletedOn : null);
            }
        }
    }

    /// <summary>A row read: what <see cref="ReadAsync"/> found in its cells.</summary>
    internal sealed record ActivityRowRead(Guid? Organisation, Guid? Hazard, ActivityType? Type, ActivityStatus Status, ActivityRow Plan, string? External);

    public override async IAsyncEnumerable<IReadOnlyDictionary<string, string?>> ExportAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var rows = from a in db.Activities.AsNoTracking()
                   join o in db.Organisations.IncludingArchived() on a.OrganisationId equals o.Id
                   join h in db.HazardousAreas.IncludingArchived() on a.HazardousAreaId equals h.Id
                   orderby o.Acronym, a.ExternalImsmaId, a.Id
                   select new { a, Organisation = o.Acronym, Hazard = h.ExternalImsmaId ?? h.Code };
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            var a = r.a;
            yield return new Dictionary<string, string?>
            {
                ["external_id"] = a.ExternalImsmaId, ["hazard"] = r.Hazard, ["organisation"] = r.Organisation, ["type"] = a.Type.ToString(),
                ["methods"] = ExportCell.List(a.Methods), ["specified_depth_cm"] = ExportCell.Of(a.SpecifiedDepthCm),
                ["planned_start"] = ExportCell.Of(a.PlannedStart), ["planned_end"] = ExportCell.Of(a.PlannedEnd), ["teams"] = ExportCell.Of(a.Teams),
                ["status"] = a.Status.ToString(), ["started_on"] = ExportCell.Of(a.ActualStart),
                ["completed_on"] = a.Status == ActivityStatus.Completed ? ExportCell.Of(a.ActualEnd) : null,
            };
        }
    }
}
