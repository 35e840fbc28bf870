namespace MineAction.Application.Operations;

/// <summary>Accreditations, filterable by organisation, activity and status; <c>expiringWithinDays</c> lists those about to lapse.</summary>
public static class ListAccreditations
{
    public sealed record Query(Guid? OrganisationId = null, AccreditedActivity? Activity = null, AccreditationStatus? Status = null,
        int? ExpiringWithinDays = null) : IQuery<IReadOnlyList<AccreditationDto>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Activity).IsInEnum().WithName("activity");
            RuleFor(q => q.Status).IsInEnum().WithName("status");
            RuleFor(q => q.ExpiringWithinDays).InclusiveBetween(1, 3650).WithName("expiringWithinDays");
        }
    }

    public sealed class Handler(IMineActionDb db, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<AccreditationDto>>
    {
        public async ValueTask<IReadOnlyList<AccreditationDto>> Handle(Query q, CancellationToken cancellationToken)
        {
            var list = db.Accreditations.AsQueryable();
            list = q.OrganisationId is { } organisation ? list.Where(a => a.OrganisationId == organisation) : list;
            list = q.Activity is { } activity ? list.Where(a => a.Activity == activity) : list;
            list = q.Status is { } status ? list.Where(a => a.Status == status) : list;
            if (q.ExpiringWithinDays is { } days)
            {
                var today = clock.Today();
                var until = today.AddDays(days);
                list = list.Where(a => a.Status == AccreditationStatus.Active && a.ExpiresOn >= today && a.ExpiresOn <= until);
            }

            return await AccreditationQueries.Project(db, list).ToListAsync(cancellationToken);
        }
    }
}
