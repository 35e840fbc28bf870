namespace MineAction.Application.People;

internal static class AssistanceAccess
{
    public static void EnsureAssistanceTeam(this ICurrentUser user) =>
        user.EnsureInRole(Roles.PersonalData, "Victim assistance cases are handled by victim assistance officers and administrators.");

    public static async Task<AssistanceCaseDto> GetAsync(IMineActionDb db, Guid id, CancellationToken ct)
    {
        var c = await db.AssistanceCases.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(nameof(AssistanceCase), id);
        var code = await db.Casualties.Where(x => x.Id == c.CasualtyId).Select(x => x.VictimCode).SingleAsync(ct);
        var services = await (
                from s in db.AssistanceServices.Where(s => s.CaseId == id)
                join o in db.Organisations on s.ProviderId equals o.Id
                orderby s.DeliveredOn, s.Id
                select new AssistanceServiceDto(s.Id, s.DeliveredOn, s.ProviderId, o.Acronym, s.Pillar, s.CostUsd, s.ExternalImsmaId))
            .ToListAsync(ct);
        var referrals = await (
                from r in db.Referrals.Where(r => r.CaseId == id)
                join o in db.Organisations on r.ProviderId equals o.Id
                orderby r.ReferredOn, r.Id
                select new ReferralDto(r.Id, r.ProviderId, o.Acronym, r.Pillar, r.ReferredOn, r.Status))
            .ToListAsync(ct);
        return new AssistanceCaseDto(c.Id, c.CasualtyId, code, c.Relationship, c.Needs, c.Status, c.OpenedOn, c.NextFollowUpOn, c.ClosedOn, c.CloseReason,
            services, referrals, c.RowVersion);
    }
}
