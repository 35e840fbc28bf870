namespace MineAction.Application.People;

/// <summary>
/// The case register: open, active or closed cases, newest first, with the victim's pseudonymous code only — found by victim code or, the
/// assistance team reading personal data, by a part of the victim's name (<see cref="SearchCasualties.MatchingAsync"/>).
/// </summary>
public static class ListAssistanceCases
{
    public sealed record Row(Guid Id, string VictimCode, string? Relationship, IReadOnlyList<Pillar> Needs, CaseStatus Status, DateOnly OpenedOn,
        DateOnly? NextFollowUpOn, int ServicesDelivered);

    public sealed record Query(CaseStatus? Status = null, Pillar? Need = null, string? Search = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
        : IQuery<PagedResult<Row>>, IFixedOrderPagedQuery;

    public sealed class Validator : FixedOrderPagingValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Status).IsInEnum().WithName("status");
            RuleFor(q => q.Need).IsInEnum().WithName("need");
            RuleFor(q => q.Search).MinimumLength(2).MaximumLength(100).WithName("search");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, IPersonalDataProtector protector) : IQueryHandler<Query, PagedResult<Row>>
    {
        public async ValueTask<PagedResult<Row>> Handle(Query q, CancellationToken cancellationToken)
        {
            user.EnsureAssistanceTeam();
            var cases = db.AssistanceCases.AsNoTracking();
            cases = q.Status is { } status ? cases.Where(a => a.Status == status) : cases;
            cases = q.Need is { } need ? cases.Where(a => a.Needs.Contains(need)) : cases;
            if (!string.IsNullOrWhiteSpace(q.Search))
            {
                var victims = await SearchCasualties.MatchingAsync(db, user, protector, q.Search, cancellationToken);
                cases = cases.Where(a => victims.Contains(a.CasualtyId));
            }

            return await (
                    from a in cases
                    join c in db.Casualties on a.CasualtyId equals c.Id
                    orderby a.OpenedOn descending, a.Id
                    select new Row(a.Id, c.VictimCode, a.Relationship, a.Needs, a.Status, a.OpenedOn, a.NextFollowUpOn,
                        db.AssistanceServices.Count(s => s.CaseId == a.Id)))
                .ToPageAsync(q, cancellationToken);
        }
    }
}
