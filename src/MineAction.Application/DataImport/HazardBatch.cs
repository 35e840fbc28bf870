using MineAction.Application.Geography;
using MineAction.Application.Hazards;
using MineAction.Domain.DataImport;
using Npgsql;
using NpgsqlTypes;

namespace MineAction.Application.DataImport;

/// <summary>
/// New hazardous areas, set-based. Per row, in memory: the cells, the API's validator, the organisation's right to enter data and the
/// domain's own rules (a <see cref="HazardousArea"/> is built, and confirmed for a CHA row — polygon, dates, beneficiaries, evidence).
/// Over the batch, in SQL: archived organisations, ids held by archived hazards, the stated province and district, the programme's
/// country, the province and district found from the polygon (the one it overlaps most) or checked against it (within the programme's
/// tolerance) — the same rules as <see cref="AdminPlace"/>. Then one INSERT … SELECT (the code trigger numbers the hazards in file order),
/// one audit row per hazard and the link of each to the import.
/// </summary>
internal sealed class HazardBatch(IMineActionDb db, HazardImporter importer, ICurrentUser user, TimeProvider clock, double toleranceMetres,
    Guid importId) : ImportBatch(db, importId)
{
    private readonly HazardInputValidator _validator = new(clock, geometryRequired: false);
    private HashSet<(Guid Organisation, string External)>? _live;

    protected override async Task<(bool Updates, Action<NpgsqlBinaryImporter>? Write)> ReadAsync(RowCells cells, CancellationToken ct)
    {
        // Every lookup on the first row (reading it reads the import's references whole): afterwards the COPY holds the connection.
        _live ??= [.. (await Db.HazardousAreas.Where(h => h.ExternalImsmaId != null)
            .Select(h => new { h.RecordingOrganisationId, h.ExternalImsmaId }).ToListAsync(ct))
            .Select(h => (h.RecordingOrganisationId, h.ExternalImsmaId!))];
        var row = await importer.ReadAsync(cells, (_, _) => Task.FromResult<HazardInput>(new RegisterHazardousArea.Command()), ct);
        if (row.Organisation is { } organisation && ExternalId.Normalise(row.External) is { } external && _live.Contains((organisation, external)))
        {
            return (true, null);
        }

        if (row.Polygon is null && cells.Problems.Count == 0)
        {
            cells.Problem("geometry", "VALIDATION", "'geometry' is required: a Polygon or MultiPolygon in WGS 84.");
        }

        if (cells.Problems.Count > 0 || Build(row, cells) is not { } hazard)
        {
            return (false, null);
        }

        var (number, stated) = (cells.Row.Number, (Province: cells.Text("province"), District: cells.Text("district"), Geometry: cells.Text("geometry")));
        return (false, copy => Write(copy, number, hazard, row.Input, stated));
    }

    /// <summary>The hazard the row describes, as the domain builds it (its place and country come from SQL); null with its problems on the cells.</summary>
    private HazardousArea? Build(HazardRow row, RowCells cells)
    {
        var command = row.Input;
        foreach (var failure in _validator.Validate(command).Errors)
        {
            cells.FieldProblem(failure.PropertyName, "VALIDATION", failure.ErrorMessage);
        }

        if (cells.Problems.Count > 0)
        {
            return null;
        }

        try
        {
            user.EnsureCanEnterDataFor(command.RecordingOrganisationId!.Value);
            var today = clock.Today();
            var hazard = new HazardousArea(PlaceFoundInSql, row.Polygon!, command.ToAttributes(new AdminPlace(Guid.Empty, null)), today);
            if (row.Type == HazardType.CHA)
            {
                hazard.Confirm(row.ConfirmedOn!.Value, HazardImporter.ConfirmationNote(command.SourceReport), today);
            }

            user.ApplyEntryReview(hazard, clock.GetUtcNow());
            return hazard;
        }
        catch (Exception e) when (ImportRunner.Describe(e, cells))
        {
            return null;
        }
    }

    /// <summary>The country a hazard takes from its province, found by the batch's SQL; a placeholder the domain accepts until then.</summary>
    private const string PlaceFoundInSql = "XXX";

    private static void Write(NpgsqlBinaryImporter copy, int number, HazardousArea h, HazardInput input,
        (string? Province, string? District, string? Geometry) cells)
    {
        copy.Write(number, NpgsqlDbType.Integer);
        copy.Write(h.Id, NpgsqlDbType.Uuid);
        copy.Write(h.Name, NpgsqlDbType.Text);
        copy.Write(h.Type.ToString(), NpgsqlDbType.Text);
        copy.Write(h.Status.ToString(), NpgsqlDbType.Text);
        copy.Write(h.Evidence.ToString(), NpgsqlDbType.Text);
        copy.Write(h.Geometry);
        WriteNullable(copy, input.ProvinceId, NpgsqlDbType.Uuid);
        WriteNullable(copy, input.DistrictId, NpgsqlDbType.Uuid);
        copy.Write(h.RecordingOrganisationId, NpgsqlDbType.Uuid);
        copy.Write(h.DeviceCategories.Select(c => c.ToString()).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
        copy.Write(h.LandUseBlocked.Select(c => c.ToString()).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
        copy.Write(h.RecordedOn, NpgsqlDbType.Date);
        WriteNullable(copy, h.SourceReport, NpgsqlDbType.Text);
        WriteNullable(copy, h.ExternalImsmaId, NpgsqlDbType.Text);
        WriteNullable(copy, h.ConfirmedOn, NpgsqlDbType.Date);
        WriteNullable(copy, h.ConfirmationNote, NpgsqlDbType.Text);
        foreach (var count in (int[])[.. Counts(h.DirectBeneficiaries), .. Counts(h.IndirectBeneficiaries)])
        {
            copy.Write(count, NpgsqlDbType.Integer);
        }

        WriteReview(copy, h);
        WriteNullable(copy, cells.Province, NpgsqlDbType.Text);
        WriteNullable(copy, cells.District, NpgsqlDbType.Text);
        WriteNullable(copy, Quoted(cells.Geometry), NpgsqlDbType.Text);
        copy.Write(input.ProvinceId is not null, NpgsqlDbType.Boolean);
        copy.Write(input.DistrictId is not null, NpgsqlDbType.Boolean);
    }

    private static int[] Counts(Sadd s) => [s.Girls, s.Boys, s.Women, s.Men];

    protected override string Target => "hazardous_areas";

    protected override string Keys => "id, province_id, district_id, recording_organisation_id, status, approval_status, archived_at, external_imsma_id";

    protected override string Prefix => "hazards";

    protected override string Columns => """
        row_number int NOT NULL, id uuid NOT NULL, name text NOT NULL, type text NOT NULL, status text NOT NULL, evidence text NOT NULL,
        geometry geometry(MultiPolygon, 4326) NOT NULL, province_id uuid, district_id uuid, recording_organisation_id uuid NOT NULL,
        device_categories text[] NOT NULL, land_use_blocked text[] NOT NULL, recorded_on date NOT NULL, source_report text,
        external_imsma_id text, confirmed_on date, confirmation_note text,
        direct_girls int NOT NULL, direct_boys int NOT NULL, direct_women int NOT NULL, direct_men int NOT NULL,
        indirect_girls int NOT NULL, indirect_boys int NOT NULL, indirect_women int NOT NULL, indirect_men int NOT NULL,
        approval_status text NOT NULL, reviewed_at timestamptz, reviewed_by text, review_comment text,
        province_cell text, district_cell text, geometry_cell text, province_stated boolean NOT NULL, district_stated boolean NOT NULL
        """;

    protected override string CopyColumns => """
        row_number, id, name, type, status, evidence, geometry, province_id, district_id, recording_organisation_id,
        device_categories, land_use_blocked, recorded_on, source_report, external_imsma_id, confirmed_on, confirmation_note,
        direct_girls, direct_boys, direct_women, direct_men, indirect_girls, indirect_boys, indirect_women, indirect_men,
        approval_status, reviewed_at, reviewed_by, review_comment, province_cell, district_cell, geometry_cell, province_stated, district_stated
        """;

    protected override async Task ResolveAsync(CancellationToken ct)
    {
        foreach (var statement in HazardBatchSql.Place)
        {
            await ExecuteAsync(statement.Replace(HazardBatchSql.Staged, Table, StringComparison.Ordinal), ct);
        }
    }

    protected override Task<bool> ChangedSinceAsync(DateTimeOffset checkedAt, CancellationToken ct) =>
        ScalarAsync<bool>("""
            SELECT EXISTS (SELECT 1 FROM admin_areas WHERE updated_at >= $1) OR EXISTS (SELECT 1 FROM organisations WHERE updated_at >= $1)
            """, ct, checkedAt);

    protected override async Task<IReadOnlyList<ImportProblem>> ProblemsAsync(CancellationToken ct)
    {
        var problems = await ArchivedOrganisationsAsync("recording_organisation_id", ct);
        await using var command = Command(HazardBatchSql.Problems.Replace(HazardBatchSql.Staged, Table, StringComparison.Ordinal),
            toleranceMetres, ProgrammeArea.ToleranceDegrees);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            problems.Add(new ImportProblem(ImportId, reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3), reader.GetString(4)));
        }

        return problems;
    }

    protected override async Task<int> WriteStagedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var written = await ExecuteAsync(HazardBatchSql.Write.Replace(HazardBatchSql.Staged, Table, StringComparison.Ordinal), ct, now, user.Name);
        await RecordImportedAsync(now, user.Name, nameof(HazardousArea), ct);
        return written;
    }
}
