namespace MineAction.Application.Review;

/// <summary>Describes a page of pending rows in their kinds' own terms (one query per kind on the page), keeping the page's order.</summary>
internal static class SubmissionDescriptions
{
    public static async Task<IReadOnlyList<Submission>> DescribeAsync(IMineActionDb db, IReadOnlyList<PendingSubmissions.Pending> page,
        CancellationToken ct)
    {
        var described = new Dictionary<Guid, Submission>();
        foreach (var group in page.GroupBy(p => p.Kind))
        {
            var ids = group.Select(p => p.Id).ToList();
            foreach (var submission in await DescribeAsync(db, group.Key, ids, ct))
            {
                described[submission.Id] = submission;
            }
        }

        return page.Where(p => described.ContainsKey(p.Id)).Select(p => described[p.Id]).ToList();
    }

    private static Task<List<Submission>> DescribeAsync(IMineActionDb db, SubmissionKind kind, List<Guid> ids, CancellationToken ct)
    {
        var organisations = db.Organisations;
        var hazards = db.HazardousAreas.IncludingArchived();
        return kind switch
        {
            SubmissionKind.HazardousArea => db.HazardousAreas.Where(h => ids.Contains(h.Id)).Select(h => new Submission(kind, h.Id, h.RowVersion,
                h.Type.ToString(), h.Name, h.AreaM2, h.RecordedOn, h.Id, h.Code, null,
                organisations.Where(o => o.Id == h.RecordingOrganisationId).Select(o => o.Acronym).FirstOrDefault(),
                h.UpdatedBy, h.UpdatedAt, h.ReviewComment)).ToListAsync(ct),
            SubmissionKind.Activity => db.Activities.Where(a => ids.Contains(a.Id)).Select(a => new Submission(kind, a.Id, a.RowVersion,
                a.Type.ToString(), null,
                db.Products.Count(p => p.ActivityId == a.Id && p.ApprovalStatus == ApprovalStatus.Submitted)
                    + db.Devices.Count(d => d.ActivityId == a.Id && d.ApprovalStatus == ApprovalStatus.Submitted),
                a.ActualStart ?? a.PlannedStart, a.HazardousAreaId, hazards.Where(h => h.Id == a.HazardousAreaId).Select(h => h.Code).FirstOrDefault(), null,
                organisations.Where(o => o.Id == a.OrganisationId).Select(o => o.Acronym).FirstOrDefault(),
                a.UpdatedBy, a.UpdatedAt, a.ReviewComment)).ToListAsync(ct),
            SubmissionKind.Product => db.Products.Where(p => ids.Contains(p.Id)).Select(p => new Submission(kind, p.Id, p.RowVersion,
                p.Outcome.ToString(), null, p.AreaM2, p.ReleaseDate,
                p.HazardousAreaId, hazards.Where(h => h.Id == p.HazardousAreaId).Select(h => h.Code).FirstOrDefault(), p.ActivityId,
                organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Acronym).FirstOrDefault(),
                p.UpdatedBy, p.UpdatedAt, p.ReviewComment)).ToListAsync(ct),
            SubmissionKind.Device => db.Devices.Where(d => ids.Contains(d.Id)).Select(d => new Submission(kind, d.Id, d.RowVersion,
                d.Category.ToString(), d.Model, d.Quantity, d.FoundOn,
                d.HazardousAreaId, hazards.Where(h => h.Id == d.HazardousAreaId).Select(h => h.Code).FirstOrDefault(), d.ActivityId,
                organisations.Where(o => o.Id == d.OrganisationId).Select(o => o.Acronym).FirstOrDefault(),
                d.UpdatedBy, d.UpdatedAt, d.ReviewComment)).ToListAsync(ct),
            SubmissionKind.EoreSession => db.EoreSessions.Where(e => ids.Contains(e.Id)).Select(e => new Submission(kind, e.Id, e.RowVersion,
                e.Audience.ToString(), null,
                e.Beneficiaries.Girls + e.Beneficiaries.Boys + e.Beneficiaries.Women + e.Beneficiaries.Men, e.HeldOn, null, null, null,
                organisations.Where(o => o.Id == e.OrganisationId).Select(o => o.Acronym).FirstOrDefault(),
                e.UpdatedBy, e.UpdatedAt, e.ReviewComment)).ToListAsync(ct),
            _ => db.LotMovements.Where(m => ids.Contains(m.Id)).Select(m => new Submission(kind, m.Id, m.RowVersion,
                m.Kind.ToString(), db.MunitionLots.Where(l => l.Id == m.LotId).Select(l => l.LotNumber).FirstOrDefault(), m.Quantity, m.OccurredOn,
                null, null, m.LotId,
                db.MunitionLots.Where(l => l.Id == m.LotId)
                    .Select(l => organisations.Where(o => o.Id == l.OwnerOrganisationId).Select(o => o.Acronym).FirstOrDefault()).FirstOrDefault(),
                m.UpdatedBy, m.UpdatedAt, m.ReviewComment)).ToListAsync(ct),
        };
    }
}
