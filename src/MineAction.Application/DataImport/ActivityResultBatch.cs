namespace MineAction.Application.DataImport;

/// <summary>
/// The set-based path of an activity's results — released land, devices found. Each chunk of rows first reads the activities it names (by
/// external id) and which of its external ids are held already, so that memory holds one chunk's records; each row is then read in memory
/// against its activity, as the API's command reads it. Writing them, an operator's results put a returned activity report back in review
/// (the API's <c>StampResult</c>). The activity's rules run in memory: a change since the check has the commit read the file again.
/// </summary>
internal abstract class ActivityResultBatch(IMineActionDb db, ImportReferences references, ICurrentUser user, TimeProvider clock, Guid importId)
    : ImportBatch(db, importId)
{
    private readonly Dictionary<string, List<LandReleaseActivity>> _activities = [];
    private readonly HeldExternalIds _held = new();

    protected ICurrentUser User => user;

    protected TimeProvider Clock => clock;

    protected override bool LooksUpEachChunk => true;

    protected override bool RecheckedInSql => false;

    /// <summary>The records of this type already holding one of <paramref name="externals"/>: their organisation and external id.</summary>
    protected abstract IQueryable<HeldExternalId> Holding(List<string> externals);

    /// <summary>What else the chunk's rows name, read after their activities (<paramref name="activities"/>).</summary>
    protected virtual Task PrepareMoreAsync(IReadOnlyList<RowCells> rows, IReadOnlyList<LandReleaseActivity> activities, CancellationToken ct) =>
        Task.CompletedTask;

    protected sealed override async Task PrepareAsync(IReadOnlyList<RowCells> rows, CancellationToken ct)
    {
        _activities.Clear();
        var names = rows.Select(r => r.Text("activity")).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var activities = await Db.Activities.OfEveryOrganisation().IncludingArchived().AsNoTracking()
            .Where(a => a.ExternalImsmaId != null && names.Contains(a.ExternalImsmaId)).ToListAsync(ct);
        foreach (var activity in activities)
        {
            _activities.TryAdd(activity.ExternalImsmaId!, []);
            _activities[activity.ExternalImsmaId!].Add(activity);
        }

        await _held.ReadAsync(rows, Holding, ct);
        await PrepareMoreAsync(rows, activities, ct);
    }

    /// <summary>The row's organisation: the acronym in its organisation column, or — when <paramref name="fromActivity"/> and the column is empty — the one organisation with an activity of that external id.</summary>
    protected async Task<Guid?> OrganisationAsync(RowCells cells, bool fromActivity, CancellationToken ct)
    {
        if (!fromActivity || cells.Text("organisation") is not null)
        {
            return await references.OrganisationAsync(cells, "organisation", ct);
        }

        if (cells.Text("activity") is not { } name)
        {
            return null;
        }

        var organisations = (_activities.GetValueOrDefault(name) ?? []).Select(a => a.OrganisationId).Distinct().ToList();
        if (organisations.Count == 1)
        {
            return organisations[0];
        }

        ImportReferences.NotOne(cells, organisations.Count, ImportReferences.NoActivityAnywhere("activity", name),
            ImportReferences.ActivityOfSeveral(name));
        return null;
    }

    /// <summary>Whether the row names a record its organisation holds already (then the row-by-row path reads it).</summary>
    protected bool Held(Guid? organisation, string? external) => _held.Contains(organisation, external);

    /// <summary>The organisation's activity the row names, or null (an unknown one is a problem on its cell).</summary>
    protected LandReleaseActivity? ActivityOf(RowCells cells, Guid? organisation)
    {
        if (organisation is not { } of || cells.Text("activity") is not { } name)
        {
            return null;
        }

        var activity = _activities.GetValueOrDefault(name)?.FirstOrDefault(a => a.OrganisationId == of);
        if (activity is null)
        {
            ImportReferences.Unknown(cells, "activity", ImportReferences.NoActivity, name);
        }

        return activity;
    }

    /// <summary>A row without problems whose activity is missing names none: the column is required.</summary>
    protected static void RequireActivity(RowCells cells, LandReleaseActivity? activity, string what)
    {
        if (activity is null && cells.Problems.Count == 0)
        {
            cells.Problem("activity", "VALIDATION", $"'activity' is required: the external id of the activity that {what}.");
        }
    }

    /// <summary>
    /// Writes the results staged and their link to the import (<paramref name="insert"/>: the INSERT … SELECT of the staging table); an
    /// operator's results put each returned activity report back in review, audited as the change it is.
    /// </summary>
    protected async Task<int> WriteResultsAsync(string insert, string entityType, CancellationToken ct)
    {
        var now = Clock.GetUtcNow();
        var written = await ExecuteAsync(insert, ct, now, User.Name);
        await RecordImportedAsync(now, User.Name, entityType, ct);
        if (!User.IsReviewer())
        {
            await ExecuteAsync($"""
                WITH returned AS (
                    SELECT a.id FROM land_release_activities a
                    WHERE a.approval_status = 'Returned' AND a.id IN (SELECT activity_id FROM {Table})
                    FOR UPDATE),
                resubmitted AS (
                    UPDATE land_release_activities a SET approval_status = 'Submitted', updated_at = $1, updated_by = $2
                    FROM returned r WHERE a.id = r.id
                    RETURNING a.id)
                INSERT INTO audit_entries (id, entity_type, entity_id, action, user_name, occurred_at, changes, reason)
                SELECT gen_random_uuid(), 'LandReleaseActivity', id, 'Updated', $2, $1,
                       jsonb_build_object('approvalStatus', jsonb_build_object('old', 'Returned', 'new', 'Submitted')), NULL
                FROM resubmitted
                """, ct, now, User.Name);
        }

        return written;
    }
}
