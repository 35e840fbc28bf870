using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MineAction.Application.Security;
using MineAction.Domain.Common;
using Npgsql;

namespace MineAction.Web.Errors;

/// <summary>
/// The one place exceptions become RFC 9457 ProblemDetails: 400 for bad input (with field
/// <c>errors</c>), 404, 409, 412/428 for If-Match, 422 for domain rules (with a rule <c>code</c>),
/// and a 500 without internals for anything unexpected.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails, IHostEnvironment environment, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        if (problem.Status >= 500)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            if (environment.IsDevelopment())
            {
                problem.Detail = exception.ToString();
            }
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    public static ProblemDetails ToProblem(Exception exception) => exception switch
    {
        ValidationException v => Validation(v.Errors.GroupBy(e => FieldNames.ToApi(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray())),
        GeoJsonException g => Validation(new() { ["geometry"] = [$"The geometry {g.Message}."] }),
        BadHttpRequestException b => BadRequest(b),
        DomainRuleViolation d => Rule(d),
        NotFoundException n => Problem(StatusCodes.Status404NotFound, "Not found", n.Message),
        ForbiddenException f => Problem(StatusCodes.Status403Forbidden, "Forbidden", f.Message),
        ConflictException c => Conflict(c),
        PreconditionFailedException p => Problem(StatusCodes.Status412PreconditionFailed, "Changed by someone else", p.Message),
        DbUpdateConcurrencyException => Problem(StatusCodes.Status412PreconditionFailed, "Changed by someone else",
            "The record was changed by someone else while you edited it; reload and apply your change again."),
        PreconditionRequiredException r => Problem(StatusCodes.Status428PreconditionRequired, "If-Match required", r.Message),
        DbUpdateException { InnerException: PostgresException pg } => Database(pg),
        _ => Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred",
            "The request could not be completed. The error has been logged; quote the traceId when reporting it."),
    };

    private static ValidationProblemDetails Validation(Dictionary<string, string[]> errors) =>
        new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are invalid.",
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        };

    private static ProblemDetails BadRequest(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            var field = FieldNames.FromJsonPath(json.Path);
            return Validation(new() { [field] = [$"'{field}' has a value of the wrong type or format, or the JSON is malformed."] });
        }

        if (exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            return Validation(new() { ["body"] = ["A JSON request body is required."] });
        }

        var parameter = FieldNames.FromBindingMessage(exception.Message);
        return exception.StatusCode == StatusCodes.Status400BadRequest
            ? Validation(new() { [parameter] = [exception.Message] })
            : Problem(exception.StatusCode, "Bad request", exception.Message);
    }

    private static ProblemDetails Rule(DomainRuleViolation violation)
    {
        var problem = Problem(StatusCodes.Status422UnprocessableEntity, "A business rule was broken", violation.Message);
        problem.Extensions["code"] = violation.Code;
        if (violation.Field is not null)
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [violation.Field] = [violation.Message] };
        }

        return problem;
    }

    private static ProblemDetails Conflict(ConflictException conflict)
    {
        var problem = Problem(StatusCodes.Status409Conflict, "Conflicts with existing records", conflict.Message);
        problem.Extensions["code"] = conflict.Code;
        problem.Extensions["conflicting"] = conflict.Conflicting;
        return problem;
    }

    private static ProblemDetails Database(PostgresException pg)
    {
        var (status, code) = pg.SqlState switch
        {
            PostgresErrorCodes.UniqueViolation => (StatusCodes.Status409Conflict, "UNIQUE_VIOLATION"),
            PostgresErrorCodes.ForeignKeyViolation => (StatusCodes.Status409Conflict, "REFERENCE_VIOLATION"),
            PostgresErrorCodes.CheckViolation => (StatusCodes.Status422UnprocessableEntity, "CHECK_VIOLATION"),
            PostgresErrorCodes.SerializationFailure => (StatusCodes.Status409Conflict, "WRITE_CONFLICT"),
            _ => (StatusCodes.Status500InternalServerError, "DATABASE_ERROR"),
        };
        var problem = status == StatusCodes.Status500InternalServerError
            ? Problem(status, "An unexpected error occurred", "The database refused the change.")
            : Problem(status, "The database refused the change", $"Constraint '{pg.ConstraintName}' was violated.");
        problem.Extensions["code"] = code;
        return problem;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, PathString path);

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };
}
