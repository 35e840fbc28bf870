using System.Text.Json;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MineAction.Application.Security;
using MineAction.Domain.Common;
using Npgsql;

namespace MineAction.Web.Errors;

/// <summary>
/// What an error means, said once for the API and the UI alike: the HTTP status, a title, the detail, the stable rule
/// <see cref="Code"/>, the messages per request field and, for a conflict, the records concerned. The API writes it as RFC 9457 ProblemDetails; pages show
/// <see cref="Sentence"/> and put <see cref="Fields"/> next to their inputs.
/// </summary>
public sealed record UserError(int Status, string Title, string? Detail, string? Code, IReadOnlyDictionary<string, string[]> Fields,
    IReadOnlyList<string>? Conflicting = null)
{
    public const string ChangedByOthers = "This record was changed by someone else. Reload it and apply your change again.";

    /// <summary>The error in one sentence for a person: the detail, or the field messages.</summary>
    public string Sentence => Detail ?? string.Join(" ", Fields.Values.SelectMany(m => m).Distinct());

    public bool IsValidation => Status == StatusCodes.Status400BadRequest && Fields.Count > 0 && Code is null;

    /// <summary>For a refused file: every bad record (index, field, value, reason).</summary>
    public IReadOnlyList<FileProblem>? Problems { get; init; }

    /// <summary>Seconds after which the same request may succeed (sent as <c>Retry-After</c>): set for a database that is away or overloaded.</summary>
    public int? RetryAfterSeconds { get; init; }
}

public static class ErrorVocabulary
{
    private static readonly Dictionary<string, string[]> NoFields = [];

    /// <summary>Seconds a client waits before retrying a request the database could not serve (a restart, failover or overload passes).</summary>
    public const int DatabaseRetryAfterSeconds = 5;

    /// <summary>The meaning of <paramref name="exception"/>, or null for an unexpected failure (a 500 without internals).</summary>
    public static UserError? Describe(Exception exception) => Known(exception) ?? DatabaseAway(exception);

    private static UserError? Known(Exception exception) => exception switch
    {
        ValidationException v => Invalid(v.Errors.GroupBy(e => FieldNames.ToApi(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray())),
        GeoJsonException g => Invalid(new() { ["geometry"] = [$"The geometry {g.Message}."] }),
        BadHttpRequestException b => BadRequest(b),
        DomainRuleViolation d => new UserError(StatusCodes.Status422UnprocessableEntity, "A business rule was broken", d.Message, d.Code,
            OnField(d.Field, d.Message)),
        NotFoundException n => Plain(StatusCodes.Status404NotFound, "Not found", n.Message),
        ForbiddenException f => Plain(StatusCodes.Status403Forbidden, "Forbidden", f.Message),
        FileRefusedException f => new UserError(StatusCodes.Status422UnprocessableEntity, "The file was refused", f.Message, f.Code, NoFields)
        {
            Problems = f.Problems,
        },
        FileTooLargeException t => Plain(StatusCodes.Status413PayloadTooLarge, "The file is too large", t.Message),
        ConflictException c => new UserError(StatusCodes.Status409Conflict, "Conflicts with existing records", c.Message, c.Code,
            OnField(c.Field, c.Message), c.Conflicting),
        PreconditionFailedException p => Plain(StatusCodes.Status412PreconditionFailed, "Changed by someone else", p.Message),
        DbUpdateConcurrencyException => Plain(StatusCodes.Status412PreconditionFailed, "Changed by someone else", UserError.ChangedByOthers),
        PreconditionRequiredException r => Plain(StatusCodes.Status428PreconditionRequired, "If-Match required", r.Message),
        DbUpdateException { InnerException: PostgresException pg } => Database(pg),
        _ => null,
    };

    private static UserError Invalid(Dictionary<string, string[]> fields) =>
        new(StatusCodes.Status400BadRequest, "One or more fields are invalid.", null, null, fields);

    /// <summary>The message under the field it concerns (none when the rule or conflict names no field).</summary>
    private static Dictionary<string, string[]> OnField(string? field, string message) =>
        field is null ? NoFields : new Dictionary<string, string[]> { [field] = [message] };

    private static UserError Plain(int status, string title, string detail) => new(status, title, detail, null, NoFields);

    private static UserError BadRequest(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException { Message: var m } unmapped && m.Contains("could not be mapped", StringComparison.Ordinal))
        {
            var path = FieldNames.FromJsonPath(unmapped.Path);
            return Invalid(new() { [path] = [$"'{path}' is not a field of this request; remove it (the API never ignores data silently)."] });
        }

        if (exception.InnerException is Hosting.StrictEnumConverter.UnknownNameException name)
        {
            var path = FieldNames.FromJsonPath(name.Path);
            return Invalid(new() { [path] = [$"'{path}' must be one of: {name.Names}."] });
        }

        if (exception.InnerException is JsonException json)
        {
            var path = FieldNames.FromJsonPath(json.Path);
            return Invalid(new() { [path] = [$"'{path}' has a value of the wrong type or format, or the JSON is malformed."] });
        }

        if (exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            return Invalid(new() { ["body"] = ["A JSON request body is required."] });
        }

        if (exception.StatusCode != StatusCodes.Status400BadRequest)
        {
            return Plain(exception.StatusCode, "Bad request", exception.Message);
        }

        var (field, message) = FieldNames.FromBindingFailure(exception.Message);
        return Invalid(new() { [field] = [message] });
    }

    private static UserError? Database(PostgresException pg)
    {
        var (status, code) = pg.SqlState switch
        {
            PostgresErrorCodes.UniqueViolation => (StatusCodes.Status409Conflict, "UNIQUE_VIOLATION"),
            PostgresErrorCodes.ForeignKeyViolation => (StatusCodes.Status409Conflict, "REFERENCE_VIOLATION"),
            PostgresErrorCodes.CheckViolation => (StatusCodes.Status422UnprocessableEntity, "CHECK_VIOLATION"),
            PostgresErrorCodes.SerializationFailure => (StatusCodes.Status409Conflict, "WRITE_CONFLICT"),
            _ => (0, null),
        };
        return code is null ? null : new UserError(status, "The database refused the change", $"Constraint '{pg.ConstraintName}' was violated.", code, NoFields);
    }

    /// <summary>
    /// A failure of the database rather than of the request — it is restarting or unreachable (connection refused or broken, admin
    /// shutdown, too many connections), or the statement ran past <c>Database:StatementTimeoutSeconds</c> — is a 503 with
    /// <c>Retry-After</c>: the same request may succeed in a moment, and nothing was written (the transaction did not commit).
    /// </summary>
    private static UserError? DatabaseAway(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var (code, detail) = e switch
            {
                PostgresException { SqlState: PostgresErrorCodes.QueryCanceled } => ("DATABASE_TIMEOUT",
                    "The database took too long to answer (it is busy or a record is locked by a long operation); nothing was changed. Retry shortly."),
                NpgsqlException { IsTransient: true } => ("DATABASE_UNAVAILABLE",
                    "The database is not reachable at the moment (restarting or overloaded); nothing was changed. Retry shortly."),
                _ => (null, null),
            };
            if (code is not null)
            {
                return new UserError(StatusCodes.Status503ServiceUnavailable, "Service temporarily unavailable", detail, code, NoFields)
                {
                    RetryAfterSeconds = DatabaseRetryAfterSeconds,
                };
            }
        }

        return null;
    }
}
