using FluentValidation.Results;

namespace MineAction.Application.Common;

/// <summary>The requested record does not exist (404).</summary>
public sealed class NotFoundException(string entity, object key)
    : Exception($"{entity} '{key}' was not found.")
{
    public string Entity { get; } = entity;
}

/// <summary>The client's copy is stale: the If-Match row version no longer matches (412).</summary>
public sealed class PreconditionFailedException(string message) : Exception(message);

/// <summary>An update was sent without the If-Match header it needs (428).</summary>
public sealed class PreconditionRequiredException(string message) : Exception(message);

/// <summary>Builds the one <see cref="ValidationException"/> type the API maps to 400.</summary>
public static class Invalid
{
    public static ValidationException Field(string field, string message) =>
        new([new ValidationFailure(field, message)]);
}

/// <summary>The request conflicts with existing records (409), with a stable code and the records concerned.</summary>
public sealed class ConflictException(string code, string message, IReadOnlyList<string> conflicting, string? field = null) : Exception(message)
{
    public string Code { get; } = code;

    /// <summary>The request field whose value clashes, when one does.</summary>
    public string? Field { get; } = field;

    public IReadOnlyList<string> Conflicting { get; } = conflicting;
}

/// <summary>One bad record of a file: its position (feature or row index, from 0), the field, the value found and why it was refused.</summary>
public sealed record FileProblem(int Index, string Field, string? Value, string Reason);

/// <summary>A file refused as a whole (422 with a stable code): nothing was stored, and <see cref="Problems"/> lists every bad record.</summary>
public sealed class FileRefusedException(string code, string message, IReadOnlyList<FileProblem> problems) : Exception(message)
{
    public string Code { get; } = code;

    public IReadOnlyList<FileProblem> Problems { get; } = problems;
}

/// <summary>A file over the size the system takes (413): nothing past the limit was read, and nothing was stored.</summary>
public sealed class FileTooLargeException(long maxBytes)
    : Exception($"The file is larger than {maxBytes / 1024 / 1024} MB (Imports:MaxFileMegabytes): split it.");
