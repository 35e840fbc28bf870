using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MineAction.Application.Abstractions;
using MineAction.Infrastructure.Idempotency;
using MineAction.Infrastructure.Identity;
using MineAction.Infrastructure.Persistence;

namespace MineAction.Web.Security;

/// <summary>
/// <c>Idempotency-Key</c> on an API POST. The first request with a key claims it (a pending row under the unique index) before it runs;
/// a duplicate sent meanwhile waits for it and replays its answer, never running the command a second time. A successful answer is kept
/// for 24 hours, its body encrypted; a failed one releases the key so it can be retried. The same key with another body is a 422.
/// A claim still pending after <see cref="AbandonedAfter"/> belonged to a process that died mid-request (its transaction was rolled back
/// with it): the next request with the key takes it over and runs.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, IDataProtectionProvider protection)
{
    public const string Header = "Idempotency-Key";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly IDataProtector _protector = protection.CreateProtector(PersonalDataProtector.Purpose, "IdempotencyRecord");

    public async Task InvokeAsync(HttpContext context, MineActionDbContext db, ICurrentUser user, TimeProvider clock,
        IProblemDetailsService problems)
    {
        var key = context.Request.Headers[Header].ToString();
        if (!HttpMethods.IsPost(context.Request.Method) || string.IsNullOrEmpty(key)
            || !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        if (key.Length > 200 || key.Any(char.IsControl))
        {
            await WriteProblemAsync(context, problems, StatusCodes.Status400BadRequest, "IDEMPOTENCY_KEY_INVALID",
                "The Idempotency-Key header is 1–200 printable characters.");
            return;
        }

        var hash = await HashAsync(context.Request);
        var waited = TimeSpan.Zero;
        while (true)
        {
            if (await ClaimAsync(db, user.Name, key, hash, context, clock))
            {
                await RunAsync(context, db, user.Name, key);
                return;
            }

            var earlier = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.UserName == user.Name && r.Key == key, context.RequestAborted);
            if (earlier is null)
            {
                continue; // the first request failed and released the key: this one may run
            }

            if (earlier.RequestHash != hash)
            {
                await WriteProblemAsync(context, problems, StatusCodes.Status422UnprocessableEntity, "IDEMPOTENCY_KEY_REUSED",
                    "This Idempotency-Key was used within 24 hours for a different request; use a new key.");
                return;
            }

            if (earlier.StatusCode != 0)
            {
                await ReplayAsync(context, earlier);
                return;
            }

            if (waited >= Patience)
            {
                context.Response.Headers.RetryAfter = "5";
                await WriteProblemAsync(context, problems, StatusCodes.Status409Conflict, "IDEMPOTENCY_KEY_IN_PROGRESS",
                    "The first request with this Idempotency-Key is still running; retry shortly to receive its answer.");
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), context.RequestAborted);
            waited += TimeSpan.FromMilliseconds(50);
        }
    }

    /// <summary>Inserts the pending row (an expired or abandoned one of this key is removed first); true when this request owns the key.</summary>
    private static async Task<bool> ClaimAsync(MineActionDbContext db, string user, string key, string hash, HttpContext context, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var (expired, abandoned) = (now - Lifetime, now - AbandonedAfter);
        await db.Database.ExecuteSqlAsync($"""
            DELETE FROM idempotency_records WHERE user_name = {user} AND key = {key}
            AND (created_at <= {expired} OR (status_code = 0 AND created_at <= {abandoned}))
            """, context.RequestAborted);
        var claimed = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO idempotency_records (id, key, user_name, method, path, request_hash, status_code, body, created_at)
            VALUES ({Guid.CreateVersion7()}, {key}, {user}, {context.Request.Method}, {context.Request.Path.ToString()}, {hash}, 0, {Array.Empty<byte>()}, {now})
            ON CONFLICT (user_name, key) DO NOTHING
            """, context.RequestAborted);
        return claimed == 1;
    }

    /// <summary>Runs the request; keeps a successful answer (body encrypted), releases the key otherwise.</summary>
    private async Task RunAsync(HttpContext context, MineActionDbContext db, string user, string key)
    {
        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        var kept = false;
        try
        {
            await next(context);
            if (context.Response.StatusCode is >= 200 and < 300)
            {
                var (status, type, location, etag, body) = (context.Response.StatusCode, context.Response.ContentType,
                    context.Response.Headers.Location.ToString(), context.Response.Headers.ETag.ToString(), _protector.Protect(buffer.ToArray()));
                await db.IdempotencyRecords.Where(r => r.UserName == user && r.Key == key).ExecuteUpdateAsync(r => r
                    .SetProperty(x => x.StatusCode, status).SetProperty(x => x.ContentType, type).SetProperty(x => x.Location, location)
                    .SetProperty(x => x.ETag, etag).SetProperty(x => x.Body, body), CancellationToken.None);
                kept = true;
            }
        }
        finally
        {
            context.Response.Body = original;
            if (!kept)
            {
                await db.IdempotencyRecords.Where(r => r.UserName == user && r.Key == key && r.StatusCode == 0).ExecuteDeleteAsync(CancellationToken.None);
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original);
    }

    private static async Task<string> HashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk)) > 0)
        {
            sha.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private async Task ReplayAsync(HttpContext context, IdempotencyRecord record)
    {
        context.Response.StatusCode = record.StatusCode;
        context.Response.ContentType = record.ContentType;
        if (!string.IsNullOrEmpty(record.Location))
        {
            context.Response.Headers.Location = record.Location;
        }

        if (!string.IsNullOrEmpty(record.ETag))
        {
            context.Response.Headers.ETag = record.ETag;
        }

        context.Response.Headers["Idempotent-Replayed"] = "true";
        await context.Response.Body.WriteAsync(_protector.Unprotect(record.Body));
    }

    private static async Task WriteProblemAsync(HttpContext context, IProblemDetailsService problems, int status, string code, string detail)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = "Idempotency-Key problem", Detail = detail };
        problem.Extensions["code"] = code;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}

/// <summary>Deletes idempotency records older than 24 hours, every hour (they hold encrypted answers nobody may replay any more).</summary>
public sealed partial class IdempotencyCleanup(IServiceScopeFactory scopes, TimeProvider clock, ILogger<IdempotencyCleanup> logger) : BackgroundService
{
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MineActionDbContext>();
        var expired = clock.GetUtcNow() - IdempotencyMiddleware.Lifetime;
        return await db.IdempotencyRecords.Where(r => r.CreatedAt <= expired).ExecuteDeleteAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleting expired idempotency records failed; retrying in an hour.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
