using MineAction.Domain.People;

namespace MineAction.Application.People;

public sealed record AssistanceServiceDto(Guid Id, DateOnly DeliveredOn, Guid ProviderId, string Provider, Pillar Pillar, decimal CostUsd);

public sealed record ReferralDto(Guid Id, Guid ProviderId, string Provider, Pillar Pillar, DateOnly ReferredOn, ReferralStatus Status);

public sealed record AssistanceCaseDto(Guid Id, Guid CasualtyId, string VictimCode, string? Relationship, IReadOnlyList<Pillar> Needs, CaseStatus Status,
    DateOnly OpenedOn, DateOnly? NextFollowUpOn, DateOnly? ClosedOn, string? CloseReason, IReadOnlyList<AssistanceServiceDto> Services,
    IReadOnlyList<ReferralDto> Referrals, uint RowVersion);

internal static class AssistanceAccess
{
    public static void EnsureAssistanceTeam(this ICurrentUser user) =>
        user.EnsureInRole(Roles.PersonalData, "Victim assistance cases are handled by victim assistance officers and administrators.");

    public static async Task<AssistanceCaseDto> GetAsync(IMineActionDb db, Guid id, CancellationToken ct)
    {
        var c = await db.AssistanceCases.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.ArchivedAt == null, ct)
            ?? throw new NotFoundException(nameof(AssistanceCase), id);
        var code = await db.Casualties.Where(x => x.Id == c.CasualtyId).Select(x => x.VictimCode).SingleAsync(ct);
        var services = await (
                from s in db.AssistanceServices.Where(s => s.CaseId == id && s.ArchivedAt == null)
                join o in db.Organisations on s.ProviderId equals o.Id
                orderby s.DeliveredOn, s.Id
                select new AssistanceServiceDto(s.Id, s.DeliveredOn, s.ProviderId, o.Acronym, s.Pillar, s.CostUsd))
            .ToListAsync(ct);
        var referrals = await (
                from r in db.Referrals.Where(r => r.CaseId == id && r.ArchivedAt == null)
                join o in db.Organisations on r.ProviderId equals o.Id
                orderby r.ReferredOn, r.Id
                select new ReferralDto(r.Id, r.ProviderId, o.Acronym, r.Pillar, r.ReferredOn, r.Status))
            .ToListAsync(ct);
        return new AssistanceCaseDto(c.Id, c.CasualtyId, code, c.Relationship, c.Needs, c.Status, c.OpenedOn, c.NextFollowUpOn, c.ClosedOn, c.CloseReason,
            services, referrals, c.RowVersion);
    }
}

public static class OpenAssistanceCase
{
    public sealed record Command(Guid? CasualtyId, string? Relationship, IReadOnlyList<Pillar>? Needs, DateOnly? OpenedOn, DateOnly? NextFollowUpOn)
        : ICommand<AssistanceCaseDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.CasualtyId).NotNull();
            RuleFor(c => c.OpenedOn).NotNull();
            RuleForEach(c => c.Needs).IsInEnum();
            RuleFor(c => c.Relationship).MaximumLength(100);
            RuleFor(c => c.NextFollowUpOn).GreaterThanOrEqualTo(c => c.OpenedOn).When(c => c.NextFollowUpOn is not null && c.OpenedOn is not null);
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, AssistanceCaseDto>
    {
        public async ValueTask<AssistanceCaseDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureAssistanceTeam();
            var casualty = await db.Casualties.AsNoTracking().SingleOrDefaultAsync(x => x.Id == c.CasualtyId && x.ArchivedAt == null, cancellationToken)
                ?? throw Invalid.Field("casualtyId", $"Casualty '{c.CasualtyId}' does not exist.");
            if (c.Relationship is null && casualty.Outcome == CasualtyOutcome.Killed)
            {
                throw new Domain.Common.DomainRuleViolation("CASE_FOR_DECEASED", "A case for a person killed is opened for an indirect victim: give the relationship.", "relationship");
            }

            var duplicate = await db.AssistanceCases.AnyAsync(x => x.CasualtyId == casualty.Id && x.Relationship == c.Relationship && x.ArchivedAt == null, cancellationToken);
            if (duplicate && c.Relationship is null)
            {
                throw Invalid.Field("casualtyId", "The survivor already has a case.");
            }

            var assistanceCase = new AssistanceCase(casualty.Id, c.Relationship, c.Needs ?? [], c.OpenedOn!.Value, c.NextFollowUpOn,
                clock.Today());
            db.AssistanceCases.Add(assistanceCase);
            await db.SaveChangesAsync(cancellationToken);
            return await AssistanceAccess.GetAsync(db, assistanceCase.Id, cancellationToken);
        }
    }
}

public static class RecordAssistanceService
{
    public sealed record Command(Guid CaseId, DateOnly? DeliveredOn, Guid? ProviderId, Pillar? Pillar, decimal? CostUsd) : ICommand<AssistanceCaseDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.DeliveredOn).NotNull();
            RuleFor(c => c.ProviderId).NotNull();
            RuleFor(c => c.Pillar).NotNull().IsInEnum();
            RuleFor(c => c.CostUsd).GreaterThanOrEqualTo(0);
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, AssistanceCaseDto>
    {
        public async ValueTask<AssistanceCaseDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureAssistanceTeam();
            if (!await db.Organisations.AnyAsync(o => o.Id == c.ProviderId && o.ArchivedAt == null, cancellationToken))
            {
                throw Invalid.Field("providerId", $"Organisation '{c.ProviderId}' does not exist.");
            }

            var assistanceCase = await db.FindForUpdateAsync(db.AssistanceCases, c.CaseId, null, cancellationToken);
            db.AssistanceServices.Add(new AssistanceService(assistanceCase, c.DeliveredOn!.Value, c.ProviderId!.Value, c.Pillar!.Value, c.CostUsd ?? 0,
                clock.Today()));
            assistanceCase.Follow(assistanceCase.NextFollowUpOn, assistanceCase.Needs);
            await db.SaveChangesAsync(cancellationToken);
            return await AssistanceAccess.GetAsync(db, c.CaseId, cancellationToken);
        }
    }
}

/// <summary>Refers a case to a provider for one pillar, or moves a referral on (accepted, completed, declined).</summary>
public static class ReferCase
{
    public sealed record Command(Guid CaseId, Guid? ReferralId, Guid? ProviderId, Pillar? Pillar, DateOnly? ReferredOn, ReferralStatus? Status)
        : ICommand<AssistanceCaseDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ProviderId).NotNull().When(c => c.ReferralId is null);
            RuleFor(c => c.Pillar).NotNull().IsInEnum().When(c => c.ReferralId is null);
            RuleFor(c => c.ReferredOn).NotNull().When(c => c.ReferralId is null);
            RuleFor(c => c.Status).NotNull().IsInEnum().When(c => c.ReferralId is not null);
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, AssistanceCaseDto>
    {
        public async ValueTask<AssistanceCaseDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureAssistanceTeam();
            var assistanceCase = await db.FindForUpdateAsync(db.AssistanceCases, c.CaseId, null, cancellationToken);
            if (c.ReferralId is { } referralId)
            {
                var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == referralId && r.CaseId == c.CaseId, cancellationToken)
                    ?? throw new NotFoundException(nameof(Referral), referralId);
                referral.Move(c.Status!.Value);
            }
            else
            {
                if (!await db.Organisations.AnyAsync(o => o.Id == c.ProviderId && o.ArchivedAt == null, cancellationToken))
                {
                    throw Invalid.Field("providerId", $"Organisation '{c.ProviderId}' does not exist.");
                }

                db.Referrals.Add(new Referral(assistanceCase, c.ProviderId!.Value, c.Pillar!.Value, c.ReferredOn!.Value,
                    clock.Today()));
            }

            await db.SaveChangesAsync(cancellationToken);
            return await AssistanceAccess.GetAsync(db, c.CaseId, cancellationToken);
        }
    }
}

/// <summary>Follow-up (next date and needs re-assessed) or closure with a reason.</summary>
public static class UpdateAssistanceCase
{
    public sealed record Command(Guid CaseId, uint? ExpectedVersion, bool Close, DateOnly? NextFollowUpOn, IReadOnlyList<Pillar>? Needs,
        DateOnly? ClosedOn, string? Reason) : ICommand<AssistanceCaseDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleForEach(c => c.Needs).IsInEnum();
            RuleFor(c => c.ClosedOn).NotNull().When(c => c.Close);
            RuleFor(c => c.Reason).MaximumLength(AssistanceCase.MaxTextLength);
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, AssistanceCaseDto>
    {
        public async ValueTask<AssistanceCaseDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureAssistanceTeam();
            await db.ChangeAsync(db.AssistanceCases, c.CaseId, c.ExpectedVersion, assistanceCase =>
            {
                if (c.Close)
                {
                    assistanceCase.Close(c.ClosedOn!.Value, c.Reason ?? string.Empty, clock.Today());
                }
                else
                {
                    assistanceCase.Follow(c.NextFollowUpOn, c.Needs ?? assistanceCase.Needs);
                }
            }, cancellationToken);
            return await AssistanceAccess.GetAsync(db, c.CaseId, cancellationToken);
        }
    }
}

public static class GetAssistanceCase
{
    public sealed record Query(Guid Id) : IQuery<AssistanceCaseDto>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : IQueryHandler<Query, AssistanceCaseDto>
    {
        public async ValueTask<AssistanceCaseDto> Handle(Query q, CancellationToken cancellationToken)
        {
            user.EnsureAssistanceTeam();
            return await AssistanceAccess.GetAsync(db, q.Id, cancellationToken);
        }
    }
}

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
                    from a in db.AssistanceCases.Where(a => a.ArchivedAt == null && a.Status != CaseStatus.Closed && a.NextFollowUpOn < today)
                    join c in db.Casualties on a.CasualtyId equals c.Id
                    orderby a.NextFollowUpOn
                    select new { a.Id, c.VictimCode, Due = a.NextFollowUpOn!.Value })
                .ToListAsync(cancellationToken);
            return rows.Select(r => new Row(r.Id, r.VictimCode, r.Due, today.DayNumber - r.Due.DayNumber)).ToList();
        }
    }
}

/// <summary>Services delivered by pillar and the sex of the casualty (and cost), per year — no personal data.</summary>
public static class AssistanceStatistics
{
    public sealed record Row(int Year, Pillar Pillar, Sex Sex, int Services, decimal CostUsd);

    public sealed record Query(int? Year = null) : IQuery<IReadOnlyList<Row>>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        public async ValueTask<IReadOnlyList<Row>> Handle(Query q, CancellationToken cancellationToken)
        {
            var rows = await (
                    from s in db.AssistanceServices.Where(s => s.ArchivedAt == null)
                    join a in db.AssistanceCases on s.CaseId equals a.Id
                    join c in db.Casualties on a.CasualtyId equals c.Id
                    where q.Year == null || s.DeliveredOn.Year == q.Year
                    group s by new { s.DeliveredOn.Year, s.Pillar, c.Sex } into g
                    select new { g.Key.Year, g.Key.Pillar, g.Key.Sex, Services = g.Count(), Cost = g.Sum(x => x.CostUsd) })
                .ToListAsync(cancellationToken);
            return rows.Select(r => new Row(r.Year, r.Pillar, r.Sex, r.Services, r.Cost)).OrderBy(r => r.Year).ThenBy(r => r.Pillar).ThenBy(r => r.Sex).ToList();
        }
    }
}

/// <summary>The case register: open, active or closed cases, newest first, with the victim's pseudonymous code only.</summary>
public static class ListAssistanceCases
{
    public sealed record Row(Guid Id, string VictimCode, string? Relationship, IReadOnlyList<Pillar> Needs, CaseStatus Status, DateOnly OpenedOn,
        DateOnly? NextFollowUpOn, int ServicesDelivered);

    public sealed record Query(CaseStatus? Status = null, Pillar? Need = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
        : IQuery<PagedResult<Row>>, IFixedOrderPagedQuery;

    public sealed class Validator : FixedOrderPagingValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Status).IsInEnum().WithName("status");
            RuleFor(q => q.Need).IsInEnum().WithName("need");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : IQueryHandler<Query, PagedResult<Row>>
    {
        public async ValueTask<PagedResult<Row>> Handle(Query q, CancellationToken cancellationToken)
        {
            user.EnsureAssistanceTeam();
            var cases = db.AssistanceCases.AsNoTracking().Where(a => a.ArchivedAt == null);
            cases = q.Status is { } status ? cases.Where(a => a.Status == status) : cases;
            cases = q.Need is { } need ? cases.Where(a => a.Needs.Contains(need)) : cases;
            return await (
                    from a in cases
                    join c in db.Casualties on a.CasualtyId equals c.Id
                    orderby a.OpenedOn descending, a.Id
                    select new Row(a.Id, c.VictimCode, a.Relationship, a.Needs, a.Status, a.OpenedOn, a.NextFollowUpOn,
                        db.AssistanceServices.Count(s => s.CaseId == a.Id && s.ArchivedAt == null)))
                .ToPageAsync(q, cancellationToken);
        }
    }
}
