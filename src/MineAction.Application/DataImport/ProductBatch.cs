using MineAction.Application.LandRelease;
using MineAction.Domain.DataImport;
using Npgsql;
using NpgsqlTypes;

namespace MineAction.Application.DataImport;

/// <summary>
/// New released land, set-based. Each chunk of rows first reads what it names — the activities, their hazards' state, the external ids
/// already held — so memory holds one chunk's records. Per row, in memory: the cells, the API's validator, the user's right to record the
/// activity's results and the domain's rules (a <see cref="LandReleaseProduct"/> is built: outcome for the activity, date within it, cleared
/// depth; the hazard open). Over the batch, in SQL under a lock on the hazards: what <see cref="ReleaseFacts"/> judges — inside the hazard,
/// the largest overlap with land released before (recorded, or an earlier row of the file), the total released — then judged by the domain,
/// row by row; ids held. Then one INSERT … SELECT; an operator's land puts a returned activity report back in review, as the API does.
/// </summary>
internal sealed class ProductBatch(IMineActionDb db, ImportReferences references, ICurrentUser user, TimeProvider clock, Guid importId)
    : ActivityResultBatch(db, references, user, clock, importId)
{
    private readonly RecordProduct.Validator _validator = new();
    private readonly Dictionary<Guid, (HazardStatus Status, bool Archived)> _hazards = [];

    protected override IQueryable<HeldExternalId> Holding(List<string> externals) => Db.Products.OfEveryOrganisation().IncludingArchived()
        .Where(p => p.ExternalImsmaId != null && externals.Contains(p.ExternalImsmaId))
        .Select(p => new HeldExternalId { Organisation = p.OrganisationId, External = p.ExternalImsmaId! });

    /// <summary>The state of the hazards the chunk's activities work on (land is released from open ones only).</summary>
    protected override async Task PrepareMoreAsync(IReadOnlyList<RowCells> rows, IReadOnlyList<LandReleaseActivity> activities, CancellationToken ct)
    {
        _hazards.Clear();
        var hazards = activities.Select(a => a.HazardousAreaId).Distinct().ToList();
        foreach (var hazard in await Db.HazardousAreas.IncludingArchived().Where(h => hazards.Contains(h.Id))
                     .Select(h => new { h.Id, h.Status, Archived = h.ArchivedAt != null }).ToListAsync(ct))
        {
            _hazards[hazard.Id] = (hazard.Status, hazard.Archived);
        }
    }

    protected override async Task<(bool Updates, Action<NpgsqlBinaryImporter>? Write)> ReadAsync(RowCells cells, CancellationToken ct)
    {
        var organisation = await OrganisationAsync(cells, fromActivity: false, ct);
        var external = cells.Text("external_id");
        if (Held(organisation, external))
        {
            return (true, null); // recorded already: the row-by-row path says whether it is unchanged
        }

        var activity = ActivityOf(cells, organisation);
        var command = new RecordProduct.Command(activity?.Id ?? Guid.Empty, ImportGeometry.Of(cells, "geometry", "a Polygon or MultiPolygon"),
            cells.Enum<ReleaseOutcome>("outcome"), cells.Count("cleared_depth_cm"), cells.Date("release_date"), external);
        foreach (var failure in cells.Problems.Count > 0 ? [] : _validator.Validate(command).Errors)
        {
            cells.FieldProblem(failure.PropertyName, "VALIDATION", failure.ErrorMessage);
        }

        RequireActivity(cells, activity, "released the land");
        if (cells.Problems.Count > 0 || Build(activity!, command, cells) is not { } product)
        {
            return (false, null);
        }

        var (number, geometry) = (cells.Row.Number, Quoted(cells.Text("geometry")));
        return (false, copy => Write(copy, number, product, geometry));
    }

    /// <summary>The released land the row describes, as the API's command builds it; null with its problems on the cells.</summary>
    private LandReleaseProduct? Build(LandReleaseActivity activity, RecordProduct.Command command, RowCells cells)
    {
        try
        {
            User.EnsureMayRecordResults(activity);
            var product = new LandReleaseProduct(activity, GeoJson.Read(command.Geometry!.Value), command.Outcome!.Value, command.ClearedDepthCm,
                command.ReleaseDate!.Value, Clock.Today());
            product.Identify(command.ExternalImsmaId);
            var (status, archived) = _hazards.TryGetValue(activity.HazardousAreaId, out var hazard) ? hazard : (HazardStatus.ClosedReleased, true);
            HazardousArea.EnsureAcceptsWork(status, archived, RecordProduct.HazardNotOpen);
            User.ApplyEntryReview(product, Clock.GetUtcNow());
            return product;
        }
        catch (Exception e) when (ImportRunner.Describe(e, cells))
        {
            return null;
        }
    }

    private static void Write(NpgsqlBinaryImporter copy, int number, LandReleaseProduct p, string? geometry)
    {
        copy.Write(number, NpgsqlDbType.Integer);
        copy.Write(p.Id, NpgsqlDbType.Uuid);
        copy.Write(p.ActivityId, NpgsqlDbType.Uuid);
        copy.Write(p.OrganisationId, NpgsqlDbType.Uuid);
        copy.Write(p.HazardousAreaId, NpgsqlDbType.Uuid);
        copy.Write(p.Geometry);
        copy.Write(p.Outcome.ToString(), NpgsqlDbType.Text);
        WriteNullable(copy, p.ClearedDepthCm, NpgsqlDbType.Integer);
        copy.Write(p.ReleaseDate, NpgsqlDbType.Date);
        WriteNullable(copy, p.ExternalImsmaId, NpgsqlDbType.Text);
        WriteReview(copy, p);
        WriteNullable(copy, geometry, NpgsqlDbType.Text);
    }

    protected override string Target => "land_release_products";

    protected override string Keys => "id, activity_id, hazardous_area_id, organisation_id, approval_status, archived_at, external_imsma_id";

    protected override string Prefix => "products";

    protected override string Columns => """
        row_number int NOT NULL, id uuid NOT NULL, activity_id uuid NOT NULL, organisation_id uuid NOT NULL, hazardous_area_id uuid NOT NULL,
        geometry geometry(MultiPolygon, 4326) NOT NULL, outcome text NOT NULL, cleared_depth_cm int, release_date date NOT NULL,
        external_imsma_id text, approval_status text NOT NULL, reviewed_at timestamptz, reviewed_by text, review_comment text, geometry_cell text
        """;

    protected override string CopyColumns => """
        row_number, id, activity_id, organisation_id, hazardous_area_id, geometry, outcome, cleared_depth_cm, release_date, external_imsma_id,
        approval_status, reviewed_at, reviewed_by, review_comment, geometry_cell
        """;

    private string On(string sql) => sql.Replace(ProductBatchSql.Staged, Table, StringComparison.Ordinal);

    /// <summary>Inside the import's transaction (a commit) the hazards are locked first; then the staged rows are indexed and analysed.</summary>
    protected override async Task ResolveAsync(CancellationToken ct)
    {
        await LockAsync(ct);
        foreach (var statement in ProductBatchSql.Prepare)
        {
            await ExecuteAsync(On(statement), ct);
        }
    }

    private async Task LockAsync(CancellationToken ct)
    {
        if (Db.Database.CurrentTransaction is not null)
        {
            await ExecuteAsync(On(ProductBatchSql.Lock), ct);
        }
    }

    protected override async Task<bool> ChangedSinceAsync(DateTimeOffset checkedAt, CancellationToken ct)
    {
        await LockAsync(ct);
        return await ScalarAsync<bool>(On(ProductBatchSql.ChangedSince), ct, checkedAt);
    }

    protected override async Task<IReadOnlyList<ImportProblem>> ProblemsAsync(CancellationToken ct)
    {
        var problems = await TakenAsync(On(ProductBatchSql.Held), "Released land", ct);

        await using var measures = Command(On(ProductBatchSql.Measures));
        await using var facts = await measures.ExecuteReaderAsync(ct);
        while (await facts.ReadAsync(ct))
        {
            try
            {
                new ReleaseFacts(facts.GetBoolean(2), facts.GetDouble(3), facts.GetDouble(4), facts.GetDouble(5), facts.GetDouble(6)).Ensure();
            }
            catch (DomainRuleViolation rule)
            {
                problems.Add(new ImportProblem(ImportId, facts.GetInt32(0), rule.Field ?? "geometry", facts.IsDBNull(1) ? null : facts.GetString(1),
                    rule.Code, rule.Message));
            }
        }

        return problems;
    }

    protected override Task<int> WriteStagedAsync(CancellationToken ct) => WriteResultsAsync(On(ProductBatchSql.Write), nameof(LandReleaseProduct), ct);
}
