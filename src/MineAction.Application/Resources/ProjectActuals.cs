namespace MineAction.Application.Resources;

/// <summary>
/// Reads each project's <see cref="ProjectProgress"/> from its linked records: approved land-release activities (own and those of its tasks),
/// approved risk education sessions, victim assistance services, and the transactions that moved money. Four queries whatever the number of projects.
/// </summary>
public static class ProjectActuals
{
    /// <summary>Transactions that record money really moving (not a commitment or a pledge).</summary>
    private static readonly TransactionType[] MoneyMoved = [TransactionType.IncomingFunds, TransactionType.Disbursement, TransactionType.Expenditure];

    public static async Task<Dictionary<Guid, ProjectProgress>> ForAsync(IMineActionDb db, IReadOnlyCollection<Project> projects, CancellationToken ct)
    {
        var ids = projects.Select(p => p.Id).ToList();
        var activityIds = projects.SelectMany(p => p.ActivityIds).Distinct().ToList();
        var taskIds = projects.SelectMany(p => p.TaskIds).Distinct().ToList();
        var activities = await db.Activities.Approved()
            .Where(a => activityIds.Contains(a.Id) || (a.TaskId != null && taskIds.Contains(a.TaskId.Value)))
            .Select(a => new { a.Id, a.TaskId, a.ActualStart, a.ActualEnd, a.Status }).ToListAsync(ct);
        var sessionIds = projects.SelectMany(p => p.EoreSessionIds).Distinct().ToList();
        var sessions = await db.EoreSessions.Approved().Where(e => sessionIds.Contains(e.Id))
            .Select(e => new { e.Id, e.HeldOn }).ToDictionaryAsync(e => e.Id, e => e.HeldOn, ct);
        var serviceIds = projects.SelectMany(p => p.AssistanceServiceIds).Distinct().ToList();
        var services = await db.AssistanceServices.Where(s => serviceIds.Contains(s.Id))
            .Select(s => new { s.Id, s.DeliveredOn }).ToDictionaryAsync(s => s.Id, s => s.DeliveredOn, ct);
        var money = await db.FundingTransactions.Where(t => t.ProjectId != null && ids.Contains(t.ProjectId.Value) && MoneyMoved.Contains(t.Type))
            .GroupBy(t => t.ProjectId!.Value).Select(g => new { Id = g.Key, First = g.Min(t => t.Date), Last = g.Max(t => t.Date) })
            .ToDictionaryAsync(m => m.Id, ct);

        return projects.ToDictionary(p => p.Id, p =>
        {
            var own = activities.Where(a => p.Counts(a.Id, a.TaskId)).ToList();
            var days = own.SelectMany(a => new[] { a.ActualStart, a.ActualEnd })
                .Concat(p.EoreSessionIds.Where(sessions.ContainsKey).Select(id => (DateOnly?)sessions[id]))
                .Concat(p.AssistanceServiceIds.Where(services.ContainsKey).Select(id => (DateOnly?)services[id]))
                .Concat(money.TryGetValue(p.Id, out var m) ? [m.First, m.Last] : [])
                .OfType<DateOnly>().ToList();
            var open = own.Any(a => a.Status is ActivityStatus.InProgress or ActivityStatus.Suspended);
            return days.Count == 0 ? ProjectProgress.None with { WorkOpen = open } : new ProjectProgress(days.Min(), days.Max(), open);
        });
    }
}
