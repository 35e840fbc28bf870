using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace MineAction.Web.Errors;

/// <summary>
/// Writes every exception as RFC 9457 ProblemDetails from the one <see cref="ErrorVocabulary"/>: 400 for bad input (with field
/// <c>errors</c>), 404, 409, 412/428 for If-Match, 422 for domain rules (with a rule <c>code</c>), 503 with <c>Retry-After</c> while the
/// database is away or too slow, and a 500 without internals for anything unexpected.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails, IHostEnvironment environment, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var error = ErrorVocabulary.Describe(exception);
        var problem = error is null ? Unexpected() : ToProblem(error);
        if (problem.Status >= 500)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            // Exception details help a developer on this machine; they never go to another client, even in Development (the demo).
            if (environment.IsDevelopment() && httpContext.Connection.RemoteIpAddress is { } caller && System.Net.IPAddress.IsLoopback(caller))
            {
                problem.Detail = exception.ToString();
            }
        }

        if (error?.RetryAfterSeconds is { } seconds)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Unexpected() => new()
    {
        Status = StatusCodes.Status500InternalServerError,
        Title = "An unexpected error occurred",
        Detail = "The request could not be completed. The error has been logged; quote the traceId when reporting it.",
    };

    private static ProblemDetails ToProblem(UserError error)
    {
        if (error.IsValidation)
        {
            return new ValidationProblemDetails(error.Fields.ToDictionary(f => f.Key, f => f.Value))
            {
                Status = error.Status,
                Title = error.Title,
                Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            };
        }

        var problem = new ProblemDetails
        {
            Status = error.Status,
            Title = error.Title,
            Detail = error.Detail,
            Type = error.Status == StatusCodes.Status428PreconditionRequired ? "https://www.rfc-editor.org/rfc/rfc6585#section-3" : null,
        };
        if (error.Code is not null)
        {
            problem.Extensions["code"] = error.Code;
        }

        if (error.Fields.Count > 0)
        {
            problem.Extensions["errors"] = error.Fields;
        }

        if (error.Conflicting is not null)
        {
            problem.Extensions["conflicting"] = error.Conflicting;
        }

        if (error.Problems is not null)
        {
            problem.Extensions["problems"] = error.Problems;
        }

        return problem;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, PathString path);
}
