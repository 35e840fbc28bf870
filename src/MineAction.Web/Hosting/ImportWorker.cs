using Microsoft.EntityFrameworkCore;
using System.Security.Claims;
using MineAction.Application.DataImport;

namespace MineAction.Web.Hosting;

/// <summary>
/// Checks queued imports in the background, one at a time per app node, each as its uploader (their rights and organisation, as
/// captured at upload). An import whose node died mid-check is taken over once it has shown no progress for <see cref="AbandonedAfter"/>.
/// </summary>
public sealed partial class ImportWorker(IServiceScopeFactory scopes, IImportProgress progress, ILogger<ImportWorker> logger) : BackgroundService
{
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);

    /// <summary>How long the worker rests when nothing is queued.</summary>
    public static TimeSpan IdleDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often an idle worker drops the staging tables no commit will use.</summary>
    public static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextSweep = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await progress.ClaimNextAsync(AbandonedAfter, stoppingToken) is { } id)
                {
                    await CheckAsync(id, stoppingToken);
                    continue;
                }

                if (DateTimeOffset.UtcNow >= nextSweep)
                {
                    await progress.DropStaleStagingAsync(stoppingToken);
                    nextSweep = DateTimeOffset.UtcNow + SweepEvery;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                Failed(logger, e);
            }

            try
            {
                await Task.Delay(IdleDelay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task CheckAsync(Guid id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.MineActionDbContext>();
        var job = await db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == id, ct);
        var claims = new List<Claim> { new(ClaimTypes.Name, job.UploadedBy) };
        if (job.UploadedById is { } user)
        {
            claims.Add(new Claim(ClaimTypes.NameIdentifier, user.ToString()));
        }

        if (job.UploaderOrganisationId is { } organisation)
        {
            claims.Add(new Claim(MineActionClaims.OrganisationId, organisation.ToString()));
        }

        claims.AddRange(job.UploaderRoles.Select(role => new Claim(ClaimTypes.Role, role)));
        scope.ServiceProvider.GetRequiredService<CircuitUser>().Principal = new ClaimsPrincipal(new ClaimsIdentity(claims, "import"));
        try
        {
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CheckImport.Command(id), ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // Not the file's fault (that would be problems or a refused file): the import fails instead of being retried for ever.
            Failed(logger, e);
            await using var again = scopes.CreateAsyncScope();
            var fresh = again.ServiceProvider.GetRequiredService<Infrastructure.Persistence.MineActionDbContext>();
            var failed = await fresh.ImportJobs.SingleAsync(j => j.Id == id, ct);
            if (!failed.IsFinished)
            {
                failed.Fail($"The check stopped on an unexpected error ({e.GetType().Name}); it is in the application's log. Upload the file again.");
                await fresh.SaveChangesAsync(ct);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking an import failed")]
    private static partial void Failed(ILogger logger, Exception exception);
}
