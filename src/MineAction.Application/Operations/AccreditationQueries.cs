namespace MineAction.Application.Operations;

internal static class AccreditationQueries
{
    public static IQueryable<AccreditationDto> Project(IMineActionDb db, IQueryable<Accreditation> accreditations) =>
        from a in accreditations
        join o in db.Organisations on a.OrganisationId equals o.Id
        orderby a.ExpiresOn, a.Number
        select new AccreditationDto(a.Id, a.OrganisationId, o.Acronym, a.Activity, a.Number, a.IssuedOn, a.ExpiresOn, a.ProvinceIds,
            a.Status, a.StatusReason, a.RowVersion);
}
