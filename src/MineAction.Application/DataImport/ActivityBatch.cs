using MineAction.Application.LandRelease;
using MineAction.Application.Programme;
using MineAction.Domain.DataImport;
using Npgsql;
using NpgsqlTypes;

namespace MineAction.Application.DataImport;

/// <summary>
/// New activities, set-based. Once per import: the accreditations and the national default depth; per chunk of rows: the hazards the rows
/// name (by code or IMSMA id) and the external ids already used. Per row, in memory, the API's rules: the create command's validator, the
/// user's right to enter the organisation's data, the hazard open, the <see cref="LandReleaseActivity"/> built, then started, suspended or
/// completed on the row's dates as its status says (accreditation on the start day in the hazard's province, dates in order). Over the batch,
/// in SQL: archived organisations and ids taken meanwhile. Then one INSERT … SELECT. A row naming an activity already recorded updates it
/// through the API's commands (<see cref="ActivityImporter"/>).
/// </summary>
internal sealed class ActivityBatch(IMineActionDb db, ActivityImporter importer, ICurrentUser user, TimeProvider clock,
    Guid importId) : ImportBatch(db, importId)
{
    private readonly CreateActivity.Validator _validator = new();
    private readonly Dictionary<string, HazardFacts> _byCode = [];
    private readonly Dictionary<string, List<HazardFacts>> _byExternal = [];
    private readonly HeldExternalIds _held = new();
    private List<Accreditation>? _accreditations;
    private int _defaultDepthCm;

    /// <summary>What the rules need of a hazard an activity is recorded on.</summary>
    private sealed record HazardFacts(Guid Id, string Code, string? External, HazardStatus Status, bool Archived, Guid ProvinceId);

    protected override bool LooksUpEachChunk => true;

    /// <summary>The rules of a hazard's state and of accreditation run in memory: a change since the check has the commit read the file again.</summary>
    protected override bool RecheckedInSql => false;

    protected override async Task PrepareAsync(IReadOnlyList<RowCells> rows, CancellationToken ct)
    {
        if (_accreditations is null)
        {
            _accreditations = await Db.Accreditations.AsNoTracking().ToListAsync(ct);
            _defaultDepthCm = (await Db.ProgrammeSettingsAsync(ct)).DefaultClearanceDepthCm;
        }

        _byCode.Clear();
        _byExternal.Clear();
        var names = rows.Select(r => r.Text("hazard")).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var codes = names.Select(n => n.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var hazards = await Db.HazardousAreas.IncludingArchived()
            .Where(h => codes.Contains(h.Code) || (h.ExternalImsmaId != null && names.Contains(h.ExternalImsmaId)))
            .Select(h => new HazardFacts(h.Id, h.Code, h.ExternalImsmaId, h.Status, h.ArchivedAt != null, h.ProvinceId)).ToListAsync(ct);
        foreach (var hazard in hazards)
        {
            _byCode[hazard.Code] = hazard;
            if (hazard.External is { } external)
            {
                _byExternal.TryAdd(external, []);
                _byExternal[external].Add(hazard);
            }
        }

        await _held.ReadAsync(rows, externals => Db.Activities.OfEveryOrganisation().IncludingArchived()
            .Where(a => a.ExternalImsmaId != null && externals.Contains(a.ExternalImsmaId))
            .Select(a => new HeldExternalId { Organisation = a.OrganisationId, External = a.ExternalImsmaId! }), ct);
    }

    /// <summary>The hazard a row names, as <see cref="ImportReferences.HazardAsync"/> finds it: by code, else by an IMSMA id one hazard has.</summary>
    private HazardFacts? HazardOf(RowCells cells)
    {
        if (cells.Text("hazard") is not { } name)
        {
            return null;
        }

        if (_byCode.TryGetValue(name.ToUpperInvariant(), out var byCode))
        {
            return byCode;
        }

        var found = _byExternal.GetValueOrDefault(name) ?? [];
        if (found.Count != 1)
        {
            ImportReferences.NotOne(cells, found.Count, ImportReferences.NoHazard("hazard", name), ImportReferences.SeveralHazards("hazard", name));
            return null;
        }

        return found[0];
    }

    protected override async Task<(bool Updates, Action<NpgsqlBinaryImporter>? Write)> ReadAsync(RowCells cells, CancellationToken ct)
    {
        HazardFacts? hazard = null;
        var row = await importer.ReadAsync(cells, c => Task.FromResult((hazard = HazardOf(c))?.Id), ct);
        if (_held.Contains(row.Organisation, row.External))
        {
            return (true, null); // recorded already: the API's commands update it, row by row
        }

        var command = row.Plan.ToCreate(row.Hazard, row.Organisation, row.Type, row.External);
        foreach (var failure in cells.Problems.Count > 0 ? [] : _validator.Validate(command).Errors)
        {
            cells.FieldProblem(failure.PropertyName, "VALIDATION", failure.ErrorMessage);
        }

        if (cells.Problems.Count > 0 || Build(hazard!, row, command, cells) is not { } activity)
        {
            return (false, null);
        }

        var number = cells.Row.Number;
        return (false, copy => Write(copy, number, activity));
    }

    /// <summary>The activity the row describes, created and moved to its status as the API's commands do; null with its problems on the cells.</summary>
    private LandReleaseActivity? Build(HazardFacts hazard, ActivityImporter.ActivityRowRead row, CreateActivity.Command command, RowCells cells)
    {
        try
        {
            user.EnsureCanEnterDataFor(row.Organisation!.Value);
            HazardousArea.EnsureAcceptsWork(hazard.Status, hazard.Archived, CreateActivity.HazardNotOpen, "hazardousAreaId");
            var today = clock.Today();
            var activity = new LandReleaseActivity(hazard.Id, row.Organisation.Value, row.Type!.Value, command.ToPlan(_defaultDepthCm), today);
            activity.Identify(row.External);
            user.ApplyEntryReview(activity, clock.GetUtcNow());
            foreach (var (step, on) in row.Plan.StepsFrom(ActivityStatus.Planned, row.Status))
            {
                switch (step)
                {
                    case ActivityStatus.InProgress:
                        activity.Start(on!.Value, today, _accreditations!, hazard.ProvinceId);
                        break;
                    case ActivityStatus.Suspended:
                        activity.Suspend();
                        break;
                    default:
                        activity.Complete(on!.Value, today, devicesWithoutDisposal: 0);
                        break;
                }

                user.ApplyChangeReview(activity);
            }

            return activity;
        }
        catch (Exception e) when (ImportRunner.Describe(e, cells))
        {
            return null;
        }
    }

    private static void Write(NpgsqlBinaryImporter copy, int number, LandReleaseActivity a)
    {
        copy.Write(number, NpgsqlDbType.Integer);
        copy.Write(a.Id, NpgsqlDbType.Uuid);
        copy.Write(a.HazardousAreaId, NpgsqlDbType.Uuid);
        copy.Write(a.OrganisationId, NpgsqlDbType.Uuid);
        copy.Write(a.Type.ToString(), NpgsqlDbType.Text);
        copy.Write(a.Status.ToString(), NpgsqlDbType.Text);
        copy.Write(a.Methods.Select(m => m.ToString()).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
        copy.Write(a.SpecifiedDepthCm, NpgsqlDbType.Integer);
        copy.Write(a.Teams, NpgsqlDbType.Integer);
        WriteNullable(copy, a.PlannedStart, NpgsqlDbType.Date);
        WriteNullable(copy, a.PlannedEnd, NpgsqlDbType.Date);
        WriteNullable(copy, a.ActualStart, NpgsqlDbType.Date);
        WriteNullable(copy, a.ActualEnd, NpgsqlDbType.Date);
        WriteNullable(copy, a.ExternalImsmaId, NpgsqlDbType.Text);
        WriteReview(copy, a);
    }

    protected override string Target => "land_release_activities";

    protected override string Keys => "id, hazardous_area_id, organisation_id, status, approval_status, archived_at, external_imsma_id";

    protected override string Prefix => "activities";

    protected override string Columns => """
        row_number int NOT NULL, id uuid NOT NULL, hazardous_area_id uuid NOT NULL, organisation_id uuid NOT NULL, type text NOT NULL,
        status text NOT NULL, methods text[] NOT NULL, specified_depth_cm int NOT NULL, teams int NOT NULL, planned_start date, planned_end date,
        actual_start date, actual_end date, external_imsma_id text, approval_status text NOT NULL, reviewed_at timestamptz, reviewed_by text,
        review_comment text
        """;

    protected override string CopyColumns => """
        row_number, id, hazardous_area_id, organisation_id, type, status, methods, specified_depth_cm, teams, planned_start, planned_end,
        actual_start, actual_end, external_imsma_id, approval_status, reviewed_at, reviewed_by, review_comment
        """;

    protected override Task ResolveAsync(CancellationToken ct) => ExecuteAsync($"ANALYZE {Table}", ct);

    protected override Task<bool> ChangedSinceAsync(DateTimeOffset checkedAt, CancellationToken ct) =>
        ScalarAsync<bool>($"""
            SELECT EXISTS (SELECT 1 FROM hazardous_areas h WHERE h.updated_at >= $1 AND h.id IN (SELECT hazardous_area_id FROM {Table}))
                OR EXISTS (SELECT 1 FROM accreditations WHERE updated_at >= $1)
                OR EXISTS (SELECT 1 FROM organisations WHERE updated_at >= $1)
                OR EXISTS (SELECT 1 FROM programme_settings WHERE updated_at >= $1)
            """, ct, checkedAt);

    protected override async Task<IReadOnlyList<ImportProblem>> ProblemsAsync(CancellationToken ct)
    {
        var problems = await ArchivedOrganisationsAsync("organisation_id", ct);
        problems.AddRange(await TakenAsync($"""
            SELECT s.row_number, s.external_imsma_id, h.code
            FROM {Table} s
            JOIN land_release_activities a ON a.organisation_id = s.organisation_id AND a.external_imsma_id = s.external_imsma_id
            JOIN hazardous_areas h ON h.id = a.hazardous_area_id
            ORDER BY s.row_number
            """, "The activity on", ct));
        return problems;
    }

    protected override async Task<int> WriteStagedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var written = await ExecuteAsync($"""
            INSERT INTO land_release_activities (id, hazardous_area_id, organisation_id, type, status, methods, specified_depth_cm, teams,
                planned_start, planned_end, actual_start, actual_end, external_imsma_id, created_at, created_by, updated_at, updated_by,
                approval_status, reviewed_at, reviewed_by, review_comment)
            SELECT s.id, s.hazardous_area_id, s.organisation_id, s.type, s.status, s.methods, s.specified_depth_cm, s.teams,
                s.planned_start, s.planned_end, s.actual_start, s.actual_end, s.external_imsma_id, $1, $2, $1, $2,
                s.approval_status, s.reviewed_at, s.reviewed_by, s.review_comment
            FROM {Table} s
            ORDER BY s.row_number
            """, ct, now, user.Name);
        await RecordImportedAsync(now, user.Name, nameof(LandReleaseActivity), ct);
        return written;
    }
}
