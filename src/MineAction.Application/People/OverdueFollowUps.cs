namespace MineAction.Application.People;

/// <summary>Open cases whose follow-up date has passed.</summary>
public static class OverdueFollowUps
{
    public sealed record Row(Guid CaseId, string VictimCode, DateOnly NextFollowUpOn, int DaysOverdue);

    public sealed record Query : IQuery<IReadOnlyList<Row>>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        public async ValueTask<IReadOnlyList<Row>> Handle(Query q, CancellationToken cancellationToken)
        {
            user.EnsureAssistanceTeam();
            var today = clock.Today();
            var rows = await (
                    from a in db.AssistanceCases.Where(a => a.Status != CaseStatus.Closed && a.NextFollowUpOn < today)
                    join c in db.Casualties on a.CasualtyId equals c.Id
                    orderby a.NextFollowUpOn
                    select new { a.Id, c.VictimCode, Due = a.NextFollowUpOn!.Value })
                .ToListAsync(cancellationToken);
            return rows.Select(r => new Row(r.Id, r.VictimCode, r.Due, today.DayNumber - r.Due.DayNumber)).ToList();
        }
    }
}
