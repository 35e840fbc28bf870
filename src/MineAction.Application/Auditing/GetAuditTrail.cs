using System.Text.Json;

namespace MineAction.Application.Auditing;

/// <summary>The history of one record (or of one entity type), newest first.</summary>
public static class GetAuditTrail
{
    public sealed record AuditEntryDto(
        Guid Id, string EntityType, Guid EntityId, string Action, string UserName, DateTimeOffset OccurredAt,
        JsonElement Changes, string? Reason);

    public sealed record Query(string? Entity = null, Guid? Id = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
        : IQuery<PagedResult<AuditEntryDto>>, IFixedOrderPagedQuery;

    public sealed class Validator : FixedOrderPagingValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Entity).MaximumLength(100).WithName("entity");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : IQueryHandler<Query, PagedResult<AuditEntryDto>>
    {
        public async ValueTask<PagedResult<AuditEntryDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            user.EnsureInRole(Roles.Auditors, "Only administrators, information and quality managers read the audit trail.");

            var entries = db.AuditEntries.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.Entity))
            {
                entries = entries.Where(e => e.EntityType == query.Entity);
            }

            if (query.Id is { } id)
            {
                entries = entries.Where(e => e.EntityId == id);
            }

            var page = await entries.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
                .ToPageAsync(query, cancellationToken);
            var items = page.Items.Select(e => new AuditEntryDto(
                e.Id, e.EntityType, e.EntityId, e.Action, e.UserName, e.OccurredAt,
                JsonDocument.Parse(e.Changes).RootElement.Clone(), e.Reason)).ToList();
            return page.WithItems(items);
        }
    }
}
