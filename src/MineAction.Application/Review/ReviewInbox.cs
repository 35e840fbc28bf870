namespace MineAction.Application.Review;

/// <summary>The information manager's review inbox: every submitted record across the modules, oldest first, by kind and organisation.</summary>
public static class ReviewInbox
{
    public sealed record Query(SubmissionKind? Kind = null, Guid? OrganisationId = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
        : IQuery<PagedResult<Submission>>, IFixedOrderPagedQuery;

    public sealed class Validator : FixedOrderPagingValidator<Query>
    {
        public Validator() => RuleFor(q => q.Kind).IsInEnum().WithName("kind");
    }

    /// <summary>How many records await review, by kind (the navigation's badge).</summary>
    public sealed record Counts : IQuery<SubmissionCounts>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : IQueryHandler<Query, PagedResult<Submission>>, IQueryHandler<Counts, SubmissionCounts>
    {
        public async ValueTask<PagedResult<Submission>> Handle(Query q, CancellationToken cancellationToken)
        {
            user.EnsureReviewer();
            var pending = PendingSubmissions.All(db);
            pending = q.Kind is { } kind ? pending.Where(p => p.Kind == kind) : pending;
            pending = q.OrganisationId is { } organisation ? pending.Where(p => p.OrganisationId == organisation) : pending;
            var page = await pending.OrderBy(p => p.SubmittedAt).ThenBy(p => p.Id).ToPageAsync(q, cancellationToken);
            var described = await SubmissionDescriptions.DescribeAsync(db, page.Items, cancellationToken);
            return page.WithItems(described);
        }

        public async ValueTask<SubmissionCounts> Handle(Counts query, CancellationToken cancellationToken)
        {
            user.EnsureReviewer();
            var counts = await PendingSubmissions.All(db).GroupBy(p => p.Kind).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            var byKind = Enum.GetValues<SubmissionKind>().Select(k => new SubmissionCounts.KindCount(k, counts.GetValueOrDefault(k))).ToList();
            return new SubmissionCounts(byKind, byKind.Sum(k => k.Count));
        }
    }
}
