namespace MineAction.Application.Quality;

internal static class QualityQueries
{
    /// <summary>Visits the user may read: operators those to their own organisation's activities, everyone else all.</summary>
    public static IQueryable<QualityVisit> VisibleVisits(this IMineActionDb db, ICurrentUser user) =>
        user.IsOperator() ? db.QualityVisits.Where(v => v.InspectedOrganisationId == user.OrganisationId) : db.QualityVisits;

    public static IQueryable<NonConformityDto> NonConformities(IMineActionDb db, IQueryable<NonConformity> source) =>
        from n in source
        join o in db.Organisations on n.OrganisationId equals o.Id
        orderby n.RaisedOn descending, n.Id
        select new NonConformityDto(n.Id, n.VisitId, n.ActivityId, n.OrganisationId, o.Acronym, n.Severity, n.Description, n.CorrectiveAction,
            n.RaisedOn, n.DueOn, n.ClosedOn, n.ClosureEvidence, n.RowVersion);

    public static async Task<IReadOnlyList<VisitDto>> VisitsAsync(IMineActionDb db, IQueryable<QualityVisit> visits, CancellationToken ct)
    {
        var list = await visits.OrderByDescending(v => v.VisitedOn).ThenBy(v => v.Id).ToListAsync(ct);
        var ids = list.Select(v => v.Id).ToList();
        var ncs = await NonConformities(db, db.NonConformities.Where(n => ids.Contains(n.VisitId))).ToListAsync(ct);
        return list.Select(v => new VisitDto(v.Id, v.Kind, v.ActivityId, v.InspectedOrganisationId, v.InspectingOrganisationId, v.VisitedOn,
            v.Findings, ncs.Where(n => n.VisitId == v.Id).ToList())).ToList();
    }
}
