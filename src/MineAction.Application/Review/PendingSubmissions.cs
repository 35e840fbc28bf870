namespace MineAction.Application.Review;

/// <summary>
/// Every submitted record across the modules as one list, oldest first. Released land and devices reported with an activity that itself awaits
/// review are not listed on their own: approving the activity approves them with it (the activity's <see cref="Submission.Quantity"/> counts them).
/// </summary>
internal static class PendingSubmissions
{
    /// <summary>One row of the union: just enough to filter, order and page; the page's rows are then described by kind.</summary>
    internal sealed class Pending
    {
        public SubmissionKind Kind { get; init; }
        public Guid Id { get; init; }
        public Guid? OrganisationId { get; init; }
        public DateTimeOffset SubmittedAt { get; init; }
    }

    public static IQueryable<Pending> All(IMineActionDb db)
    {
        const ApprovalStatus Submitted = ApprovalStatus.Submitted;
        var activitiesUnderReview = db.Activities.Where(a => a.ApprovalStatus == Submitted).Select(a => a.Id);
        return db.HazardousAreas.Where(h => h.ApprovalStatus == Submitted)
                .Select(h => new Pending { Kind = SubmissionKind.HazardousArea, Id = h.Id, OrganisationId = h.RecordingOrganisationId, SubmittedAt = h.UpdatedAt })
            .Concat(db.Activities.Where(a => a.ApprovalStatus == Submitted)
                .Select(a => new Pending { Kind = SubmissionKind.Activity, Id = a.Id, OrganisationId = a.OrganisationId, SubmittedAt = a.UpdatedAt }))
            .Concat(db.Products.Where(p => p.ApprovalStatus == Submitted && !activitiesUnderReview.Contains(p.ActivityId))
                .Select(p => new Pending { Kind = SubmissionKind.Product, Id = p.Id, OrganisationId = p.OrganisationId, SubmittedAt = p.UpdatedAt }))
            .Concat(db.Devices.Where(d => d.ApprovalStatus == Submitted && !activitiesUnderReview.Contains(d.ActivityId))
                .Select(d => new Pending { Kind = SubmissionKind.Device, Id = d.Id, OrganisationId = d.OrganisationId, SubmittedAt = d.UpdatedAt }))
            .Concat(db.EoreSessions.Where(e => e.ApprovalStatus == Submitted)
                .Select(e => new Pending { Kind = SubmissionKind.EoreSession, Id = e.Id, OrganisationId = e.OrganisationId, SubmittedAt = e.UpdatedAt }))
            .Concat(db.LotMovements.Where(m => m.ApprovalStatus == Submitted)
                .Select(m => new Pending
                {
                    Kind = SubmissionKind.LotMovement, Id = m.Id,
                    OrganisationId = db.MunitionLots.Where(l => l.Id == m.LotId).Select(l => (Guid?)l.OwnerOrganisationId).FirstOrDefault(),
                    SubmittedAt = m.UpdatedAt,
                }));
    }
}
