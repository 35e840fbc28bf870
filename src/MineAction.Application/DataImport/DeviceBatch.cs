using System.Text.Json;
using MineAction.Application.LandRelease;
using MineAction.Domain.DataImport;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace MineAction.Application.DataImport;

/// <summary>
/// New devices found, set-based. Each chunk of rows first reads the activities, the released land and the external ids it names; per row,
/// in memory, the API's rules: the command's validator, the user's right to record the activity's results, the released land one of the
/// activity's, the <see cref="DeviceFound"/> built (the activity taking results, quantity, dates) with its disposal. Over the batch, in SQL:
/// locations outside the programme's country and ids taken meanwhile. Then one INSERT … SELECT; an operator's devices put a returned
/// activity report back in review, as the API does.
/// </summary>
internal sealed class DeviceBatch(IMineActionDb db, ImportReferences references, ICurrentUser user, TimeProvider clock, Guid importId)
    : ActivityResultBatch(db, references, user, clock, importId)
{
    private readonly RecordDevice.Validator _validator = new();
    private readonly Dictionary<(Guid Organisation, string External), (Guid Id, Guid Activity)> _products = [];

    protected override IQueryable<HeldExternalId> Holding(List<string> externals) => Db.Devices.OfEveryOrganisation().IncludingArchived()
        .Where(d => d.ExternalImsmaId != null && externals.Contains(d.ExternalImsmaId))
        .Select(d => new HeldExternalId { Organisation = d.OrganisationId, External = d.ExternalImsmaId! });

    /// <summary>The released land the chunk's rows name.</summary>
    protected override async Task PrepareMoreAsync(IReadOnlyList<RowCells> rows, IReadOnlyList<LandReleaseActivity> activities, CancellationToken ct)
    {
        _products.Clear();
        var names = rows.Select(r => r.Text("released_land")).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (var product in names.Count == 0 ? [] : await Db.Products.OfEveryOrganisation().IncludingArchived()
                     .Where(p => p.ExternalImsmaId != null && names.Contains(p.ExternalImsmaId))
                     .Select(p => new { p.Id, p.ActivityId, p.OrganisationId, p.ExternalImsmaId }).ToListAsync(ct))
        {
            _products.TryAdd((product.OrganisationId, product.ExternalImsmaId!), (product.Id, product.ActivityId));
        }
    }

    protected override async Task<(bool Updates, Action<NpgsqlBinaryImporter>? Write)> ReadAsync(RowCells cells, CancellationToken ct)
    {
        var organisation = await OrganisationAsync(cells, fromActivity: true, ct);
        var external = cells.Text("external_id");
        if (Held(organisation, external))
        {
            return (true, null); // recorded already: the row-by-row path adds a disposal or says it is unchanged
        }

        var activity = ActivityOf(cells, organisation);
        var product = ProductOf(cells, organisation);
        var command = new RecordDevice.Command(activity?.Id ?? Guid.Empty, product?.Id, cells.Enum<DeviceCategory>("category"), cells.Text("model"),
            cells.Count("quantity"), ImportGeometry.Point(cells, "location"), cells.Count("depth_cm"), cells.Enum<DeviceCondition>("condition"),
            cells.Date("found_on"), cells.Enum<DisposalMethod>("disposal_method"), cells.Date("disposed_on"), external);
        foreach (var failure in cells.Problems.Count > 0 ? [] : _validator.Validate(command).Errors)
        {
            cells.FieldProblem(failure.PropertyName, "VALIDATION", failure.ErrorMessage);
        }

        RequireActivity(cells, activity, "found it");
        if (cells.Problems.Count > 0 || Build(activity!, product?.Activity, command, cells) is not { } device)
        {
            return (false, null);
        }

        var (number, location) = (cells.Row.Number, Quoted(cells.Text("location")));
        return (false, copy => Write(copy, number, device, location));
    }

    /// <summary>The organisation's released land the row names, if any (an unknown one is a problem on its cell).</summary>
    private (Guid Id, Guid Activity)? ProductOf(RowCells cells, Guid? organisation)
    {
        if (organisation is not { } of || cells.Text("released_land") is not { } name)
        {
            return null;
        }

        if (_products.TryGetValue((of, name), out var product))
        {
            return product;
        }

        ImportReferences.Unknown(cells, "released_land", ImportReferences.NoProduct, name);
        return null;
    }

    /// <summary>The device the row describes, as the API's command builds it; null with its problems on the cells.</summary>
    private DeviceFound? Build(LandReleaseActivity activity, Guid? productActivity, RecordDevice.Command command, RowCells cells)
    {
        try
        {
            User.EnsureMayRecordResults(activity);
            if (productActivity is { } of && of != activity.Id)
            {
                throw Invalid.Field("productId", RecordDevice.NotTheActivitys);
            }

            var today = Clock.Today();
            var location = command.Location is { ValueKind: JsonValueKind.Object } l ? (Point)GeoJson.Read(l) : null;
            var device = new DeviceFound(activity, command.ProductId, command.Category!.Value, command.Model, command.Quantity!.Value, location,
                command.DepthCm, command.Condition ?? DeviceCondition.Unknown, command.FoundOn!.Value, today);
            device.Identify(command.ExternalImsmaId);
            if (command.DisposalMethod is { } method)
            {
                device.RecordDisposal(method, command.DisposedOn!.Value, today, activity);
            }

            User.ApplyEntryReview(device, Clock.GetUtcNow());
            return device;
        }
        catch (Exception e) when (ImportRunner.Describe(e, cells))
        {
            return null;
        }
    }

    private static void Write(NpgsqlBinaryImporter copy, int number, DeviceFound d, string? location)
    {
        copy.Write(number, NpgsqlDbType.Integer);
        copy.Write(d.Id, NpgsqlDbType.Uuid);
        copy.Write(d.ActivityId, NpgsqlDbType.Uuid);
        copy.Write(d.OrganisationId, NpgsqlDbType.Uuid);
        copy.Write(d.HazardousAreaId, NpgsqlDbType.Uuid);
        WriteNullable(copy, d.ProductId, NpgsqlDbType.Uuid);
        copy.Write(d.Category.ToString(), NpgsqlDbType.Text);
        WriteNullable(copy, d.Model, NpgsqlDbType.Text);
        copy.Write(d.Quantity, NpgsqlDbType.Integer);
        if (d.Location is { } point)
        {
            copy.Write(point);
        }
        else
        {
            copy.WriteNull();
        }

        WriteNullable(copy, d.DepthCm, NpgsqlDbType.Integer);
        copy.Write(d.Condition.ToString(), NpgsqlDbType.Text);
        copy.Write(d.FoundOn, NpgsqlDbType.Date);
        WriteNullable(copy, d.DisposalMethod?.ToString(), NpgsqlDbType.Text);
        WriteNullable(copy, d.DisposedOn, NpgsqlDbType.Date);
        WriteNullable(copy, d.ExternalImsmaId, NpgsqlDbType.Text);
        WriteReview(copy, d);
        WriteNullable(copy, location, NpgsqlDbType.Text);
    }

    protected override string Target => "devices_found";

    protected override string Keys => "id, activity_id, hazardous_area_id, product_id, organisation_id, approval_status, archived_at, external_imsma_id";

    protected override string Prefix => "devices";

    protected override string Columns => """
        row_number int NOT NULL, id uuid NOT NULL, activity_id uuid NOT NULL, organisation_id uuid NOT NULL, hazardous_area_id uuid NOT NULL,
        product_id uuid, category text NOT NULL, model text, quantity int NOT NULL, location geometry(Point, 4326), depth_cm int,
        condition text NOT NULL, found_on date NOT NULL, disposal_method text, disposed_on date, external_imsma_id text,
        approval_status text NOT NULL, reviewed_at timestamptz, reviewed_by text, review_comment text, location_cell text
        """;

    protected override string CopyColumns => """
        row_number, id, activity_id, organisation_id, hazardous_area_id, product_id, category, model, quantity, location, depth_cm, condition,
        found_on, disposal_method, disposed_on, external_imsma_id, approval_status, reviewed_at, reviewed_by, review_comment, location_cell
        """;

    protected override Task ResolveAsync(CancellationToken ct) => ExecuteAsync($"ANALYZE {Table}", ct);

    protected override Task<bool> ChangedSinceAsync(DateTimeOffset checkedAt, CancellationToken ct) =>
        ScalarAsync<bool>($"""
            SELECT EXISTS (SELECT 1 FROM land_release_activities a WHERE a.updated_at >= $1 AND a.id IN (SELECT activity_id FROM {Table}))
                OR EXISTS (SELECT 1 FROM land_release_products p WHERE p.updated_at >= $1 AND p.id IN (SELECT product_id FROM {Table}))
                OR EXISTS (SELECT 1 FROM admin_areas WHERE updated_at >= $1)
            """, ct, checkedAt);

    protected override async Task<IReadOnlyList<ImportProblem>> ProblemsAsync(CancellationToken ct)
    {
        var problems = await TakenAsync($"""
            SELECT s.row_number, s.external_imsma_id, d.id::text
            FROM {Table} s JOIN devices_found d ON d.organisation_id = s.organisation_id AND d.external_imsma_id = s.external_imsma_id
            ORDER BY s.row_number
            """, "Device record", ct);
        await using var command = Command($"""
            SELECT s.row_number, s.location_cell, ST_X(s.location), ST_Y(s.location)
            FROM {Table} s
            WHERE s.location IS NOT NULL
              AND EXISTS (SELECT 1 FROM admin_areas WHERE level = 1 AND archived_at IS NULL)
              AND NOT EXISTS (SELECT 1 FROM admin_areas a WHERE a.level = 1 AND a.archived_at IS NULL AND ST_DWithin(a.boundary, s.location, $1))
            ORDER BY s.row_number
            """, ProgrammeArea.ToleranceDegrees);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            problems.Add(new ImportProblem(ImportId, reader.GetInt32(0), "location", reader.IsDBNull(1) ? null : reader.GetString(1), "VALIDATION",
                ProgrammeArea.Outside(new Coordinate(reader.GetDouble(2), reader.GetDouble(3)))));
        }

        return problems;
    }

    protected override Task<int> WriteStagedAsync(CancellationToken ct) => WriteResultsAsync($"""
        INSERT INTO devices_found (id, activity_id, organisation_id, hazardous_area_id, product_id, category, model, quantity, location, depth_cm,
            condition, found_on, disposal_method, disposed_on, external_imsma_id, created_at, created_by, updated_at, updated_by,
            approval_status, reviewed_at, reviewed_by, review_comment)
        SELECT s.id, s.activity_id, s.organisation_id, s.hazardous_area_id, s.product_id, s.category, s.model, s.quantity, s.location, s.depth_cm,
            s.condition, s.found_on, s.disposal_method, s.disposed_on, s.external_imsma_id, $1, $2, $1, $2,
            s.approval_status, s.reviewed_at, s.reviewed_by, s.review_comment
        FROM {Table} s
        ORDER BY s.row_number
        """, nameof(DeviceFound), ct);
}
