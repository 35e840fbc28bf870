using Microsoft.EntityFrameworkCore;
using MineAction.Application.Abstractions;
using MineAction.Application.Security;
using MineAction.Domain.Common;
using MineAction.Domain.LandRelease;
using MineAction.Domain.Resources;

namespace MineAction.Application.Resources;

/// <summary>What a project bought, computed from the ledger: land released by its approved activities (and those of its tasks), devices destroyed, people reached by approved EORE sessions, VA services.</summary>
public sealed record ProjectOutputs(double CancelledM2, double ReducedM2, double ClearedM2, int DevicesDestroyed, Sadd EoreReached, int AssistanceServices,
    int AssistanceCases, decimal AssistanceCostUsd)
{
    public static readonly ProjectOutputs None = new(0, 0, 0, 0, Sadd.None, 0, 0, 0);

    public double ReleasedM2 => CancelledM2 + ReducedM2 + ClearedM2;

    /// <summary>People reached by risk education plus victim assistance cases served.</summary>
    public int Beneficiaries => EoreReached.Total + AssistanceCases;

    /// <summary>A share of the outputs (for a donor who paid part of the project).</summary>
    public ProjectOutputs Times(double share) => new(CancelledM2 * share, ReducedM2 * share, ClearedM2 * share, (int)Math.Round(DevicesDestroyed * share),
        EoreReached.Times(share), (int)Math.Round(AssistanceServices * share), (int)Math.Round(AssistanceCases * share), Math.Round(AssistanceCostUsd * (decimal)share, 2));

    /// <summary>The outputs of each project delivered from <paramref name="from"/> to <paramref name="to"/> (inclusive; open ends when null).</summary>
    public static async Task<Dictionary<Guid, ProjectOutputs>> ForAsync(IMineActionDb db, IReadOnlyCollection<Project> projects, CancellationToken ct,
        DateOnly? from = null, DateOnly? to = null)
    {
        var result = new Dictionary<Guid, ProjectOutputs>();
        var start = from ?? DateOnly.MinValue;
        var end = to ?? DateOnly.MaxValue;
        foreach (var project in projects)
        {
            result[project.Id] = await OfAsync(db, project, start, end, ct);
        }

        return result;
    }

    private static async Task<ProjectOutputs> OfAsync(IMineActionDb db, Project project, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var activityIds = await db.Activities.Approved()
            .Where(a => a.ArchivedAt == null && (project.ActivityIds.Contains(a.Id) || (a.TaskId != null && project.TaskIds.Contains(a.TaskId.Value))))
            .Select(a => a.Id).ToListAsync(ct);
        var released = await db.Products.Where(p => activityIds.Contains(p.ActivityId) && p.ArchivedAt == null && p.SupersededOn == null
                && p.ReleaseDate >= from && p.ReleaseDate <= to)
            .GroupBy(p => p.Outcome).Select(g => new { g.Key, Area = g.Sum(p => p.AreaM2) }).ToDictionaryAsync(g => g.Key, g => g.Area, ct);
        var devices = await db.Devices.Where(d => activityIds.Contains(d.ActivityId) && d.ArchivedAt == null && d.DisposedOn >= from && d.DisposedOn <= to)
            .SumAsync(d => d.Quantity, ct);
        var sessions = await db.EoreSessions.Approved().Where(e => project.EoreSessionIds.Contains(e.Id) && e.ArchivedAt == null && e.HeldOn >= from && e.HeldOn <= to)
            .Select(e => e.Beneficiaries).ToListAsync(ct);
        var services = await db.AssistanceServices.Where(s => project.AssistanceServiceIds.Contains(s.Id) && s.ArchivedAt == null && s.DeliveredOn >= from && s.DeliveredOn <= to)
            .Select(s => new { s.CaseId, s.CostUsd }).ToListAsync(ct);
        return new ProjectOutputs(released.GetValueOrDefault(ReleaseOutcome.Cancelled), released.GetValueOrDefault(ReleaseOutcome.Reduced),
            released.GetValueOrDefault(ReleaseOutcome.Cleared), devices,
            sessions.Aggregate(Sadd.None, (sum, s) => sum + s),
            services.Count, services.Select(s => s.CaseId).Distinct().Count(), services.Sum(s => s.CostUsd));
    }
}
