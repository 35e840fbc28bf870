using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MineAction.Application.Abstractions;
using MineAction.Infrastructure.Idempotency;
using MineAction.Infrastructure.Persistence;

namespace MineAction.Web.Security;

/// <summary>
/// <c>Idempotency-Key</c> on an API POST: the first successful response is kept for 24 hours; the same
/// key with the same body replays it (no second insert), the same key with another body is a 422.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

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

        if (key.Length > 200)
        {
            await WriteProblemAsync(context, problems, StatusCodes.Status400BadRequest, "IDEMPOTENCY_KEY_INVALID",
                "The Idempotency-Key header is at most 200 characters.");
            return;
        }

        var hash = await HashAsync(context.Request);
        var since = clock.GetUtcNow() - Lifetime;
        var earlier = await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.UserName == user.Name && r.Key == key && r.CreatedAt > since);
        if (earlier is not null)
        {
            if (earlier.RequestHash != hash)
            {
                await WriteProblemAsync(context, problems, StatusCodes.Status422UnprocessableEntity, "IDEMPOTENCY_KEY_REUSED",
                    "This Idempotency-Key was used within 24 hours for a different request; use a new key.");
                return;
            }

            await ReplayAsync(context, earlier);
            return;
        }

        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode is >= 200 and < 300)
        {
            await db.IdempotencyRecords.Where(r => r.UserName == user.Name && r.Key == key).ExecuteDeleteAsync();
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                Key = key, UserName = user.Name, Method = context.Request.Method, Path = context.Request.Path,
                RequestHash = hash, StatusCode = context.Response.StatusCode, ContentType = context.Response.ContentType,
                Location = context.Response.Headers.Location.ToString(), ETag = context.Response.Headers.ETag.ToString(),
                Body = buffer.ToArray(), CreatedAt = clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
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

    private static async Task ReplayAsync(HttpContext context, IdempotencyRecord record)
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
        await context.Response.Body.WriteAsync(record.Body);
    }

    private static async Task WriteProblemAsync(HttpContext context, IProblemDetailsService problems, int status, string code, string detail)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = "Idempotency-Key problem", Detail = detail };
        problem.Extensions["code"] = code;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
