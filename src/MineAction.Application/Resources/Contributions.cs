using MineAction.Domain.LandRelease;
using MineAction.Domain.Resources;

namespace MineAction.Application.Resources;

public sealed record TransactionDto(Guid Id, TransactionType Type, int TypeCode, DateOnly Date, decimal Amount, string Currency, decimal UsdRate,
    DateOnly RateDate, decimal UsdAmount, string? Description);

public sealed record ContributionDto(Guid Id, Guid DonorId, string Donor, Guid FundId, string Fund, Guid? ProjectId, string? Project,
    Guid? RecipientOrganisationId, string Reference, string Currency, decimal Amount, IReadOnlyList<Tranche> Schedule, bool MultiYear,
    ActivityType? EarmarkedActivity, Guid? EarmarkedProvinceId, string? EarmarkedProvince, IReadOnlyList<TransactionDto> Transactions, uint RowVersion);

public sealed record TrancheInput(int? Year, decimal? Amount);

/// <summary>
/// The amendable terms of a contribution as a request gives them: give the schedule as tranches, or as
/// <c>spreadFromYear</c>–<c>spreadToYear</c> to spread the amount evenly; neither: a one-off contribution without a schedule.
/// </summary>
public interface IContributionTermsInput
{
    Guid? RecipientOrganisationId { get; }
    string? Reference { get; }
    decimal? Amount { get; }
    IReadOnlyList<TrancheInput>? Schedule { get; }
    int? SpreadFromYear { get; }
    int? SpreadToYear { get; }
    ActivityType? EarmarkedActivity { get; }
    Guid? EarmarkedProvinceId { get; }
}

/// <summary>Rules on a contribution's terms shared by recording and amending it.</summary>
public abstract class ContributionTermsValidator<T> : AbstractValidator<T>
    where T : IContributionTermsInput
{
    protected ContributionTermsValidator()
    {
        RuleFor(c => c.Reference).NotEmpty().MaximumLength(Contribution.MaxReferenceLength);
        RuleFor(c => c.Amount).NotNull().GreaterThan(0);
        RuleForEach(c => c.Schedule).ChildRules(t =>
        {
            t.RuleFor(x => x.Year).NotNull().InclusiveBetween(1990, 2100);
            t.RuleFor(x => x.Amount).NotNull().GreaterThanOrEqualTo(0);
        });
        RuleFor(c => c.SpreadFromYear).NotNull().InclusiveBetween(1990, 2100).When(c => c.SpreadToYear is not null);
        RuleFor(c => c.SpreadToYear).NotNull().GreaterThanOrEqualTo(c => c.SpreadFromYear).LessThan(c => c.SpreadFromYear + 30)
            .When(c => c.SpreadFromYear is not null);
        RuleFor(c => c.Schedule).Empty().When(c => c.SpreadFromYear is not null).WithMessage("Give tranches or a spread, not both.");
        RuleFor(c => c.EarmarkedActivity).IsInEnum();
    }
}

internal static class ContributionTermsReading
{
    /// <summary>Checks the referenced recipient and province exist and builds the terms (spreading the amount when asked).</summary>
    public static async Task<ContributionTerms> ReadAsync(this IContributionTermsInput c, IMineActionDb db, CancellationToken ct)
    {
        await Ledger.EnsureOrganisationAsync(db, c.RecipientOrganisationId, "recipientOrganisationId", ct);
        if (c.EarmarkedProvinceId is not null && !await db.AdminAreas.AnyAsync(a => a.Id == c.EarmarkedProvinceId && a.Level == 1, ct))
        {
            throw Invalid.Field("earmarkedProvinceId", $"Province '{c.EarmarkedProvinceId}' does not exist.");
        }

        var schedule = c.SpreadFromYear is { } from
            ? Tranche.Spread(c.Amount!.Value, from, c.SpreadToYear ?? from)
            : (c.Schedule ?? []).Select(t => new Tranche(t.Year!.Value, t.Amount!.Value)).ToList();
        return new ContributionTerms(c.Reference!, c.RecipientOrganisationId, c.Amount!.Value, schedule, c.EarmarkedActivity, c.EarmarkedProvinceId);
    }
}

public static class CreateContribution
{
    public sealed record Command(Guid? DonorId, Guid? FundId, Guid? ProjectId, Guid? RecipientOrganisationId, string? Reference, string? Currency,
        decimal? Amount, IReadOnlyList<TrancheInput>? Schedule, int? SpreadFromYear, int? SpreadToYear, ActivityType? EarmarkedActivity,
        Guid? EarmarkedProvinceId) : ICommand<ContributionDto>, IContributionTermsInput;

    public sealed class Validator : ContributionTermsValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.DonorId).NotNull();
            RuleFor(c => c.FundId).NotNull();
            RuleFor(c => c.Currency).NotEmpty().Must(Currency.IsKnown).WithMessage("'currency' must be an ISO 4217 code such as USD, EUR or JPY.");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : ICommandHandler<Command, ContributionDto>
    {
        public async ValueTask<ContributionDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            await Ledger.EnsureOrganisationAsync(db, c.DonorId, "donorId", cancellationToken);
            if (!await db.Funds.AnyAsync(f => f.Id == c.FundId && f.ArchivedAt == null, cancellationToken))
            {
                throw Invalid.Field("fundId", $"Fund '{c.FundId}' does not exist.");
            }

            if (c.ProjectId is not null && !await db.Projects.AnyAsync(p => p.Id == c.ProjectId && p.ArchivedAt == null, cancellationToken))
            {
                throw Invalid.Field("projectId", $"Project '{c.ProjectId}' does not exist.");
            }

            var terms = await c.ReadAsync(db, cancellationToken);
            var contribution = new Contribution(c.DonorId!.Value, c.FundId!.Value, c.ProjectId, terms.RecipientOrganisationId, terms.Reference, c.Currency!,
                terms.Amount, terms.Schedule, terms.EarmarkedActivity, terms.EarmarkedProvinceId);
            db.Contributions.Add(contribution);
            await db.SaveChangesAsync(cancellationToken);
            return await GetContribution.LoadAsync(db, contribution.Id, cancellationToken);
        }
    }
}

/// <summary>Amends a contribution's terms (reference, recipient, amount, schedule, earmarks); needs the row version last read.</summary>
public static class AmendContribution
{
    public sealed record Command(Guid Id, uint? ExpectedVersion, Guid? RecipientOrganisationId, string? Reference, decimal? Amount,
        IReadOnlyList<TrancheInput>? Schedule, int? SpreadFromYear, int? SpreadToYear, ActivityType? EarmarkedActivity, Guid? EarmarkedProvinceId)
        : ICommand<ContributionDto>, IContributionTermsInput;

    public sealed class Validator : ContributionTermsValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : ICommandHandler<Command, ContributionDto>
    {
        public async ValueTask<ContributionDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            var terms = await c.ReadAsync(db, cancellationToken);
            await db.ChangeAsync(db.Contributions, c.Id, c.ExpectedVersion, x => x.Amend(terms), cancellationToken);
            return await GetContribution.LoadAsync(db, c.Id, cancellationToken);
        }
    }
}

public static class RecordTransaction
{
    public sealed record Command(Guid ContributionId, TransactionType? Type, DateOnly? Date, decimal? Amount, string? Currency, decimal? UsdRate,
        DateOnly? RateDate, string? Description) : ICommand<ContributionDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Type).NotNull().IsInEnum();
            RuleFor(c => c.Date).NotNull();
            RuleFor(c => c.Amount).NotNull().GreaterThan(0);
            RuleFor(c => c.Currency).Must(Currency.IsKnown).When(c => c.Currency is not null)
                .WithMessage("'currency' must be an ISO 4217 code such as USD, EUR or JPY.");
            RuleFor(c => c.UsdRate).GreaterThan(0);
            RuleFor(c => c.RateDate).LessThanOrEqualTo(c => c.Date).When(c => c.RateDate is not null && c.Date is not null);
            RuleFor(c => c.Description).MaximumLength(FundingTransaction.MaxDescriptionLength);
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ContributionDto>
    {
        public async ValueTask<ContributionDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            var contribution = await db.Contributions.SingleOrDefaultAsync(x => x.Id == c.ContributionId, cancellationToken)
                ?? throw new NotFoundException(nameof(Contribution), c.ContributionId);
            var currency = c.Currency ?? contribution.Currency;
            var conversion = await UsdRates.ForAsync(db, currency, c.Date!.Value, c.UsdRate, c.RateDate, cancellationToken);
            await Ledger.ChangeLockedAsync(db, contribution.FundId, contribution.ProjectId, currency, (fund, project) =>
                db.FundingTransactions.Add(contribution.Record(c.Type!.Value, c.Date!.Value, c.Amount!.Value, currency, conversion, fund, project,
                    c.Description, clock.Today())), cancellationToken);
            return await GetContribution.LoadAsync(db, contribution.Id, cancellationToken);
        }
    }
}

/// <summary>Archives a transaction entered in error, with a reason; refused if the ledger would then be inconsistent.</summary>
public static class ArchiveTransaction
{
    public sealed record Command(Guid Id, string? Reason) : ICommand<ContributionDto>, IArchiveCommand;

    public sealed class Validator : ArchiveCommandValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ContributionDto>
    {
        public async ValueTask<ContributionDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            var record = await db.FundingTransactions.SingleOrDefaultAsync(t => t.Id == c.Id, cancellationToken)
                ?? throw new NotFoundException(nameof(FundingTransaction), c.Id);
            await Ledger.ChangeLockedAsync(db, record.FundId, record.ProjectId, record.Currency, (fund, project) =>
            {
                record.EnsureArchivable(fund, project);
                record.Archive(c.Reason!, user.Name, clock.GetUtcNow());
            }, cancellationToken);
            return await GetContribution.LoadAsync(db, record.ContributionId, cancellationToken);
        }
    }
}

/// <summary>Archives a contribution recorded in error, with a reason — only once none of its transactions is live (archive those first).</summary>
public static class ArchiveContribution
{
    public sealed record Command(Guid Id, string? Reason) : ICommand<ContributionDto>, IArchiveCommand;

    public sealed class Validator : ArchiveCommandValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ContributionDto>
    {
        public async ValueTask<ContributionDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            var archived = await GetContribution.LoadAsync(db, c.Id, cancellationToken);
            await Ledger.ArchiveUnlessReferencedAsync(db, db.Contributions, c, c.Id, archived.Transactions.Count > 0, "CONTRIBUTION_HAS_TRANSACTIONS",
                $"The contribution has {archived.Transactions.Count} live transactions; archive them first.", user, clock, cancellationToken);
            return archived;
        }
    }
}

public static class GetContribution
{
    public sealed record Query(Guid Id) : IQuery<ContributionDto>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, ContributionDto>
    {
        public async ValueTask<ContributionDto> Handle(Query q, CancellationToken cancellationToken) => await LoadAsync(db, q.Id, cancellationToken);
    }

    internal static async Task<ContributionDto> LoadAsync(IMineActionDb db, Guid id, CancellationToken ct)
    {
        var c = await db.Contributions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.ArchivedAt == null, ct)
            ?? throw new NotFoundException(nameof(Contribution), id);
        var names = await db.Organisations.Where(o => o.Id == c.DonorId).Select(o => o.Acronym).SingleAsync(ct);
        var fund = await db.Funds.Where(f => f.Id == c.FundId).Select(f => f.Name).SingleAsync(ct);
        var project = await db.Projects.Where(p => p.Id == c.ProjectId).Select(p => p.Code).SingleOrDefaultAsync(ct);
        var province = await db.AdminAreas.Where(a => a.Id == c.EarmarkedProvinceId).Select(a => a.Name).SingleOrDefaultAsync(ct);
        var transactions = await db.FundingTransactions.AsNoTracking().Where(t => t.ContributionId == id && t.ArchivedAt == null)
            .OrderBy(t => t.Date).ThenBy(t => t.Id).ToListAsync(ct);
        return new ContributionDto(c.Id, c.DonorId, names, c.FundId, fund, c.ProjectId, project, c.RecipientOrganisationId, c.Reference, c.Currency,
            c.Amount, c.Schedule, c.IsMultiYear, c.EarmarkedActivity, c.EarmarkedProvinceId, province,
            transactions.Select(t => new TransactionDto(t.Id, t.Type, (int)t.Type, t.Date, t.Amount, t.Currency, t.UsdRate, t.RateDate, t.UsdAmount,
                t.Description)).ToList(), c.RowVersion);
    }
}

public static class ListContributions
{
    public sealed record Row(Guid Id, string Donor, string Fund, string? Project, string Reference, string Currency, decimal Amount, bool MultiYear,
        int FirstYear, int LastYear);

    public sealed record Query(Guid? DonorId = null, Guid? FundId = null, Guid? ProjectId = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
        : IQuery<PagedResult<Row>>, IFixedOrderPagedQuery;

    public sealed class Validator : FixedOrderPagingValidator<Query>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, PagedResult<Row>>
    {
        public async ValueTask<PagedResult<Row>> Handle(Query q, CancellationToken cancellationToken)
        {
            var contributions = db.Contributions.AsNoTracking().Where(c => c.ArchivedAt == null);
            contributions = q.DonorId is { } donor ? contributions.Where(c => c.DonorId == donor) : contributions;
            contributions = q.FundId is { } fund ? contributions.Where(c => c.FundId == fund) : contributions;
            contributions = q.ProjectId is { } project ? contributions.Where(c => c.ProjectId == project) : contributions;
            var page = await (
                    from c in contributions
                    join o in db.Organisations on c.DonorId equals o.Id
                    join f in db.Funds on c.FundId equals f.Id
                    orderby o.Acronym, c.Reference
                    select new { c.Id, Donor = o.Acronym, Fund = f.Name, Project = db.Projects.Where(p => p.Id == c.ProjectId).Select(p => p.Code).FirstOrDefault(),
                        c.Reference, c.Currency, c.Amount, c.Schedule })
                .ToPageAsync(q, cancellationToken);
            return new PagedResult<Row>(page.Items.Select(r => new Row(r.Id, r.Donor, r.Fund, r.Project, r.Reference, r.Currency, r.Amount,
                    r.Schedule.Count > 1, r.Schedule.Count > 0 ? r.Schedule.Min(t => t.Year) : 0, r.Schedule.Count > 0 ? r.Schedule.Max(t => t.Year) : 0))
                .ToList(), page.Page, page.PageSize, page.TotalCount);
        }
    }
}
