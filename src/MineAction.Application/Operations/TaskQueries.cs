namespace MineAction.Application.Operations;

internal static class TaskQueries
{
    public static IQueryable<ClearanceTask> Visible(IMineActionDb db, ICurrentUser user) =>
        user.IsOperator() ? db.Tasks.Where(t => t.OrganisationId == user.OrganisationId) : db.Tasks;

    public static IQueryable<TaskDto> Project(IMineActionDb db, IQueryable<ClearanceTask> tasks) =>
        from t in tasks
        join o in db.Organisations on t.OrganisationId equals o.Id
        orderby t.PriorityScore descending, t.Id
        select new TaskDto(t.Id, t.OrganisationId, o.Acronym, t.Activity,
            db.HazardLabels.Where(h => t.HazardousAreaIds.Contains(h.Id)).OrderBy(h => h.Code).Select(h => new TaskHazard(h.Id, h.Code)).ToList(),
            t.Priority, t.PriorityScore, t.PlannedStart, t.PlannedEnd, t.FundingContributionId, t.Status, t.IssuedOn, t.AcceptedOn,
            t.StartedOn, t.CompletedOn, t.CancelledOn, t.CancelReason,
            db.HazardLabels.Where(h => t.HazardousAreaIds.Contains(h.Id)).Sum(h => (double?)h.AreaM2) ?? 0,
            (from p in db.Products
             join a in db.Activities on p.ActivityId equals a.Id
             where a.TaskId == t.Id && p.SupersededOn == null
             select (double?)p.AreaM2).Sum() ?? 0,
            t.RowVersion);

    public static async Task<TaskDto> GetAsync(IMineActionDb db, ICurrentUser user, Guid id, CancellationToken ct) =>
        await Project(db, Visible(db, user).Where(t => t.Id == id)).SingleOrDefaultAsync(ct) ?? throw new NotFoundException("Task", id);
}
