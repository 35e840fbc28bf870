using MineAction.Domain.Operations;

namespace MineAction.Application.Operations;

public sealed record AccreditationDto(Guid Id, Guid OrganisationId, string OrganisationAcronym, AccreditedActivity Activity, string Number,
    DateOnly IssuedOn, DateOnly ExpiresOn, IReadOnlyList<Guid> ProvinceIds, AccreditationStatus Status, string? StatusReason, uint RowVersion);

internal static class AccreditationQueries
{
    public static IQueryable<AccreditationDto> Project(IMineActionDb db, IQueryable<Accreditation> accreditations) =>
        from a in accreditations.Where(a => a.ArchivedAt == null)
        join o in db.Organisations on a.OrganisationId equals o.Id
        orderby a.ExpiresOn, a.Number
        select new AccreditationDto(a.Id, a.OrganisationId, o.Acronym, a.Activity, a.Number, a.IssuedOn, a.ExpiresOn, a.ProvinceIds,
            a.Status, a.StatusReason, a.RowVersion);
}

/// <summary>The NMAA accredits an organisation for an activity type, for a period, in provinces (none: nationwide).</summary>
public static class CreateAccreditation
{
    public sealed record Command(Guid? OrganisationId, AccreditedActivity? Activity, string? Number, DateOnly? IssuedOn, DateOnly? ExpiresOn,
        IReadOnlyList<Guid>? ProvinceIds) : ICommand<AccreditationDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.OrganisationId).NotNull();
            RuleFor(c => c.Activity).NotNull().IsInEnum();
            RuleFor(c => c.Number).NotEmpty().MaximumLength(Accreditation.MaxNumberLength);
            RuleFor(c => c.IssuedOn).NotNull();
            RuleFor(c => c.ExpiresOn).NotNull().GreaterThan(c => c.IssuedOn).WithMessage("'expiresOn' must be after 'issuedOn'.");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : ICommandHandler<Command, AccreditationDto>
    {
        public async ValueTask<AccreditationDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureReviewer();
            if (!await db.Organisations.AnyAsync(o => o.Id == c.OrganisationId && o.ArchivedAt == null, cancellationToken))
            {
                throw Invalid.Field("organisationId", $"Organisation '{c.OrganisationId}' does not exist.");
            }

            var provinces = c.ProvinceIds ?? [];
            var known = await db.AdminAreas.CountAsync(a => a.Level == 1 && provinces.Contains(a.Id), cancellationToken);
            if (known != provinces.Distinct().Count())
            {
                throw Invalid.Field("provinceIds", "Every entry must be an existing province.");
            }

            if (await db.Accreditations.AnyAsync(a => a.Number == c.Number!.Trim(), cancellationToken))
            {
                throw Invalid.Field("number", $"Accreditation number '{c.Number!.Trim()}' is already used.");
            }

            var accreditation = new Accreditation(c.OrganisationId!.Value, c.Activity!.Value, c.Number!, c.IssuedOn!.Value, c.ExpiresOn!.Value, provinces);
            db.Accreditations.Add(accreditation);
            await db.SaveChangesAsync(cancellationToken);
            return await AccreditationQueries.Project(db, db.Accreditations.Where(a => a.Id == accreditation.Id)).SingleAsync(cancellationToken);
        }
    }
}

public static class ChangeAccreditationStatus
{
    public sealed record Command(Guid Id, uint? ExpectedVersion, AccreditationStatus? Status, string? Reason) : ICommand<AccreditationDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Status).NotNull().IsInEnum().WithName("status");
            RuleFor(c => c.Reason).MaximumLength(Accreditation.MaxReasonLength).WithName("reason");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : ICommandHandler<Command, AccreditationDto>
    {
        public async ValueTask<AccreditationDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureReviewer();
            await db.ChangeAsync(db.Accreditations, c.Id, c.ExpectedVersion, a => a.ChangeStatus(c.Status!.Value, c.Reason), cancellationToken);
            return await AccreditationQueries.Project(db, db.Accreditations.Where(a => a.Id == c.Id)).SingleAsync(cancellationToken);
        }
    }
}

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
