namespace MineAction.Application.LandRelease;

internal static class ActivityAccess
{
    /// <summary>Loads an activity to change it (same rules as hazardous areas: operators change only their own, and only before approval).</summary>
    public static Task<LandReleaseActivity> LoadActivityForChangeAsync(
        this IMineActionDb db, ICurrentUser user, Guid id, uint? expectedVersion, CancellationToken ct) =>
        db.LoadForChangeAsync(db.Activities, user, a => a.OrganisationId, id, expectedVersion, ct);

    /// <summary>
    /// Loads an activity to report results on (released land, devices, disposals). An approved activity still accepts new results from its
    /// organisation while the work goes on — each is a submission reviewed on its own — but not once it is completed.
    /// </summary>
    public static async Task<LandReleaseActivity> LoadActivityForResultsAsync(this IMineActionDb db, ICurrentUser user, Guid id, CancellationToken ct)
    {
        var activity = await db.FindForUpdateAsync(db.Activities, id, null, ct);
        user.EnsureMayRecordResults(activity);
        return activity;
    }

    /// <summary>Whether the user may record results of the activity: its organisation's data, and for operators an activity not yet closed.</summary>
    public static void EnsureMayRecordResults(this ICurrentUser user, LandReleaseActivity activity)
    {
        user.EnsureCanEnterDataFor(activity.OrganisationId);
        if (!user.IsReviewer() && !LandReleaseActivity.TakesOperatorResults(activity.Status, activity.ApprovalStatus))
        {
            throw new ForbiddenException("The activity is completed and approved: its results are read-only for operators; ask the NMAA information manager.");
        }
    }

    /// <summary>
    /// Stamps a result: the NMAA's own new entries are approved, an operator's await review; a change to an existing result goes back to review
    /// when an operator makes it and keeps its review when the NMAA does. While the activity itself awaits review, an operator's addition
    /// resubmits a returned report; an NMAA entry leaves the report's review to its explicit decision.
    /// </summary>
    public static void StampResult(this ICurrentUser user, LandReleaseActivity activity, ApprovableEntity result, bool isNew, DateTimeOffset now)
    {
        if (isNew)
        {
            user.ApplyEntryReview(result, now);
        }
        else
        {
            user.ApplyChangeReview(result);
        }

        if (activity.ApprovalStatus != ApprovalStatus.Approved)
        {
            user.ApplyChangeReview(activity);
        }
    }

    /// <summary>Approving an activity report approves the released land and devices submitted with it; later ones are reviewed on their own.</summary>
    public static async Task ApproveSubmittedResultsAsync(this IMineActionDb db, LandReleaseActivity activity, string reviewer, DateTimeOffset now,
        CancellationToken ct)
    {
        const string Comment = "Approved with the activity report";
        var products = await db.Products.Where(p => p.ActivityId == activity.Id && p.ApprovalStatus == ApprovalStatus.Submitted).ToListAsync(ct);
        var devices = await db.Devices.Where(d => d.ActivityId == activity.Id && d.ApprovalStatus == ApprovalStatus.Submitted).ToListAsync(ct);

        // Tracked entries may already be approved in this unit of work (an NMAA entry stamped just before): the database does not know yet.
        foreach (var result in products.Cast<ApprovableEntity>().Concat(devices).Where(r => r.ApprovalStatus == ApprovalStatus.Submitted))
        {
            result.Approve(reviewer, now, Comment);
        }
    }

    public static async Task<ActivityDto> GetActivityAsync(this IMineActionDb db, ICurrentUser user, Guid id, CancellationToken ct) =>
        await db.Activities.IncludingArchived().AsNoTracking().Where(a => a.Id == id).Select(ActivityDto.Projection(db)).SingleOrDefaultAsync(ct)
        ?? throw new NotFoundException("Activity", id);
}
