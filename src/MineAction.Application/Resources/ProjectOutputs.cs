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

    /// <summary>
    /// The outputs of each project delivered from <paramref name="from"/> to <paramref name="to"/> (inclusive; open ends when null).
    /// Five queries whatever the number of projects: the linked records are read once and shared out in memory.
    /// </summary>
    public static async Task<Dictionary<Guid, ProjectOutputs>> ForAsync(IMineActionDb db, IReadOnlyCollection<Project> projects, CancellationToken ct,
        DateOnly? from = null, DateOnly? to = null)
    {
        var (start, end) = (from ?? DateOnly.MinValue, to ?? DateOnly.MaxValue);
        var activityIds = projects.SelectMany(p => p.ActivityIds).Distinct().ToList();
        var taskIds = projects.SelectMany(p => p.TaskIds).Distinct().ToList();
        var activities = await db.Activities.Approved()
            .Where(a => (activityIds.Contains(a.Id) || (a.TaskId != null && taskIds.Contains(a.TaskId.Value))))
            .Select(a => new { a.Id, a.TaskId }).ToListAsync(ct);
        var approved = activities.Select(a => a.Id).ToList();
        var released = await db.Products.Approved()
            .Where(p => approved.Contains(p.ActivityId) && p.SupersededOn == null && p.ReleaseDate >= start && p.ReleaseDate <= end)
            .GroupBy(p => new { p.ActivityId, p.Outcome }).Select(g => new { g.Key.ActivityId, g.Key.Outcome, Area = g.Sum(p => p.AreaM2) })
            .ToListAsync(ct);
        var devices = await db.Devices.Approved().Where(d => approved.Contains(d.ActivityId) && d.DisposedOn >= start && d.DisposedOn <= end
                && Disposal.Destroying.Contains(d.DisposalMethod!.Value))
            .GroupBy(d => d.ActivityId).Select(g => new { ActivityId = g.Key, Destroyed = g.Sum(d => d.Quantity) })
            .ToDictionaryAsync(d => d.ActivityId, d => d.Destroyed, ct);
        var sessionIds = projects.SelectMany(p => p.EoreSessionIds).Distinct().ToList();
        var sessions = await db.EoreSessions.Approved()
            .Where(e => sessionIds.Contains(e.Id) && e.HeldOn >= start && e.HeldOn <= end)
            .Select(e => new { e.Id, e.Beneficiaries }).ToDictionaryAsync(e => e.Id, e => e.Beneficiaries, ct);
        var serviceIds = projects.SelectMany(p => p.AssistanceServiceIds).Distinct().ToList();
        var services = await db.AssistanceServices
            .Where(s => serviceIds.Contains(s.Id) && s.DeliveredOn >= start && s.DeliveredOn <= end)
            .Select(s => new { s.Id, s.CaseId, s.CostUsd }).ToDictionaryAsync(s => s.Id, ct);

        return projects.ToDictionary(p => p.Id, p =>
        {
            var own = activities.Where(a => p.Counts(a.Id, a.TaskId)).Select(a => a.Id).ToHashSet();
            double Area(ReleaseOutcome outcome) => released.Where(r => r.Outcome == outcome && own.Contains(r.ActivityId)).Sum(r => r.Area);
            var served = p.AssistanceServiceIds.Where(services.ContainsKey).Select(id => services[id]).ToList();
            return new ProjectOutputs(Area(ReleaseOutcome.Cancelled), Area(ReleaseOutcome.Reduced), Area(ReleaseOutcome.Cleared),
                own.Sum(a => devices.GetValueOrDefault(a)),
                p.EoreSessionIds.Where(sessions.ContainsKey).Aggregate(Sadd.None, (sum, id) => sum + sessions[id]),
                served.Count, served.Select(s => s.CaseId).Distinct().Count(), served.Sum(s => s.CostUsd));
        });
    }
}
