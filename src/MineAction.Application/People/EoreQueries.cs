namespace MineAction.Application.People;

internal static class EoreQueries
{
    public static IQueryable<EoreSessionDto> Project(IQueryable<EoreSession> sessions) =>
        sessions.Select(e => new EoreSessionDto(e.Id, e.HeldOn, e.Location.X, e.Location.Y, e.ProvinceId, e.OrganisationId, e.Method, e.Audience,
            e.Beneficiaries, e.WithDisabilities, e.Materials, e.ApprovalStatus, e.ReviewComment, e.RowVersion,
            e.ExternalImsmaId));
}
