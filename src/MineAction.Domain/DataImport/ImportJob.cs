namespace MineAction.Domain.DataImport;

/// <summary>The kinds of record a file can bring in.</summary>
public enum ImportRecordType
{
    Organisations,
    HazardousAreas,
    Activities,
    ReleasedLand,
    Devices,
    EoreSessions,
    Accidents,
    Casualties,
    AssistanceServices,
    Contributions,
    Transactions,
}

/// <summary>The file formats an import reads (recognised from the content, not the name).</summary>
public enum ImportFormat
{
    Csv,
    Xlsx,
    GeoJson,
    Shapefile,
}

/// <summary>
/// Where an import stands: queued → validating → valid or invalid (every row checked, nothing written) → committed (all rows in one
/// transaction); cancelled by its uploader or a reviewer at any point before commit; failed when the checking itself broke.
/// </summary>
public enum ImportState
{
    Queued,
    Validating,
    Valid,
    Invalid,
    Committed,
    Cancelled,
    Failed,
}

/// <summary>
/// One uploaded file and what became of it. Identified by its SHA-256: a file already committed as the same record type is refused
/// (ALREADY_IMPORTED). The uploader's rights are kept with it, so the checking in the background acts as they would.
/// </summary>
public sealed class ImportJob : Entity
{
    public const int MaxFileNameLength = 260;
    public const int MaxSheetNameLength = 31;

    private ImportJob()
    {
    }

    public ImportJob(ImportRecordType recordType, ImportFormat format, string fileName, string sha256, long sizeBytes, ImportUploader uploader,
        string? sheet = null)
    {
        Sheet = Text.TrimToNull(sheet);
        RecordType = recordType;
        Format = format;
        FileName = string.IsNullOrWhiteSpace(fileName) ? "upload" : fileName.Trim()[..Math.Min(fileName.Trim().Length, MaxFileNameLength)];
        Sha256 = sha256;
        SizeBytes = sizeBytes;
        UploadedById = uploader.UserId;
        UploadedBy = uploader.Name;
        UploaderOrganisationId = uploader.OrganisationId;
        UploaderRoles = [.. uploader.Roles];
        State = ImportState.Queued;
    }

    public ImportRecordType RecordType { get; private set; }
    public ImportFormat Format { get; private set; }

    /// <summary>The XLSX sheet read (the first when null).</summary>
    public string? Sheet { get; private set; }
    public string FileName { get; private set; } = string.Empty;

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    public long SizeBytes { get; private set; }
    public Guid? UploadedById { get; private set; }
    public string UploadedBy { get; private set; } = string.Empty;
    public Guid? UploaderOrganisationId { get; private set; }
    public List<string> UploaderRoles { get; private set; } = [];
    public ImportState State { get; private set; }

    /// <summary>Data rows in the file (known once validation has read it all).</summary>
    public int RowsTotal { get; private set; }

    public int RowsChecked { get; private set; }
    public int ProblemCount { get; private set; }
    public int Created { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }
    public DateTimeOffset? CheckedAt { get; private set; }
    public DateTimeOffset? CommittedAt { get; private set; }
    public string? CommittedBy { get; private set; }
    public string? Failure { get; private set; }

    public bool IsFinished => State is ImportState.Committed or ImportState.Cancelled or ImportState.Failed;

    /// <summary>Every row was read and checked (nothing written): valid without problems, invalid with.</summary>
    public void Checked(ImportOutcome outcome, DateTimeOffset at)
    {
        EnsureState("IMPORT_NOT_VALIDATING", "The import is not being checked.", ImportState.Queued, ImportState.Validating);
        (RowsTotal, RowsChecked, ProblemCount, CheckedAt) = (outcome.Rows, outcome.Rows, outcome.Problems, at);
        (Created, Updated, Unchanged) = (outcome.Created, outcome.Updated, outcome.Unchanged);
        State = outcome.Problems == 0 ? ImportState.Valid : ImportState.Invalid;
    }

    /// <summary>All rows written in one transaction. A commit that finds problems (the data changed since the check) leaves it invalid.</summary>
    public void Commit(ImportOutcome outcome, string user, DateTimeOffset at)
    {
        EnsureState("IMPORT_NOT_VALID", "Only a validated import without problems can be committed.", ImportState.Valid);
        (RowsTotal, RowsChecked, Created, Updated, Unchanged) = (outcome.Rows, outcome.Rows, outcome.Created, outcome.Updated, outcome.Unchanged);
        (State, CommittedAt, CommittedBy) = (ImportState.Committed, at, user);
    }

    /// <summary>The commit found problems the check had not (the data changed since): nothing was written; the import is invalid.</summary>
    public void Refuse(ImportOutcome outcome, DateTimeOffset at)
    {
        EnsureState("IMPORT_NOT_VALID", "Only a validated import can be refused at commit.", ImportState.Valid);
        (RowsTotal, RowsChecked, ProblemCount, CheckedAt, State) = (outcome.Rows, outcome.Rows, outcome.Problems, at, ImportState.Invalid);
    }

    public void Cancel()
    {
        EnsureState("IMPORT_FINISHED", "A committed, cancelled or failed import cannot be cancelled.",
            ImportState.Queued, ImportState.Validating, ImportState.Valid, ImportState.Invalid);
        State = ImportState.Cancelled;
    }

    /// <summary>The checking itself broke (not a bad row: those are problems); the message is for the uploader.</summary>
    public void Fail(string message)
    {
        Failure = message.Length > 1000 ? message[..1000] : message;
        State = ImportState.Failed;
    }

    private void EnsureState(string rule, string message, params ImportState[] allowed)
    {
        if (!allowed.Contains(State))
        {
            throw new DomainRuleViolation(rule, $"{message} It is {State}.");
        }
    }
}

/// <summary>Who uploaded a file, with the rights they had then.</summary>
public sealed record ImportUploader(Guid? UserId, string Name, Guid? OrganisationId, IReadOnlyList<string> Roles);

/// <summary>What reading a file gave: its data rows, the problems found, and what committing would do (or did).</summary>
public sealed record ImportOutcome(int Rows, int Problems, int Created, int Updated, int Unchanged);

/// <summary>One problem of one row (row numbers as a spreadsheet shows them: the header is row 1).</summary>
public sealed class ImportProblem
{
    public const int MaxValueLength = 200;

    private ImportProblem()
    {
    }

    public ImportProblem(Guid importId, int row, string? column, string? value, string rule, string message)
    {
        ImportId = importId;
        Row = row;
        Column = column;
        Value = value is { Length: > MaxValueLength } ? value[..MaxValueLength] + "…" : value;
        Rule = rule;
        Message = message;
    }

    public long Id { get; private set; }
    public Guid ImportId { get; private set; }
    public int Row { get; private set; }
    public string? Column { get; private set; }
    public string? Value { get; private set; }
    public string Rule { get; private set; } = string.Empty;
    public string Message { get; private set; } = string.Empty;
}

/// <summary>
/// One piece of an uploaded file, in file order from 0: at most <see cref="MaxBytes"/> of it, each piece encrypted on its own (a file of
/// casualties holds personal data), so the file is written and read one piece at a time, never held whole in memory.
/// </summary>
public sealed class ImportFileChunk
{
    /// <summary>The most bytes of the file one piece holds (before encryption).</summary>
    public const int MaxBytes = 1024 * 1024;

    private ImportFileChunk()
    {
    }

    public ImportFileChunk(Guid importId, int sequence, int length, byte[] encryptedContent) =>
        (ImportId, Sequence, Length, Content, Encrypted) = (importId, sequence, length, encryptedContent, true);

    public Guid ImportId { get; private set; }
    public int Sequence { get; private set; }

    /// <summary>The piece's length in the file (its content is longer: encrypted).</summary>
    public int Length { get; private set; }

    public byte[] Content { get; private set; } = [];

    /// <summary>False only for files uploaded before files were encrypted (they held no personal data: organisations and hazards).</summary>
    public bool Encrypted { get; private set; }
}

/// <summary>A record an import created or changed: every record points back to the imports that wrote it.</summary>
public sealed class ImportedRecord
{
    private ImportedRecord()
    {
    }

    public ImportedRecord(Guid importId, string entityType, Guid entityId, int row, bool created) =>
        (ImportId, EntityType, EntityId, Row, Created) = (importId, entityType, entityId, row, created);

    public Guid ImportId { get; private set; }
    public string EntityType { get; private set; } = string.Empty;
    public Guid EntityId { get; private set; }
    public int Row { get; private set; }
    public bool Created { get; private set; }
}
