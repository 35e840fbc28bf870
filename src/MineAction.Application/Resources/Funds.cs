using MineAction.Domain.Resources;

namespace MineAction.Application.Resources;

public sealed record FundDto(Guid Id, string Name, FundKind Kind, Guid ManagingOrganisationId, string ManagingOrganisation, string? Description,
    decimal ReceivedUsd, decimal DisbursedUsd);

public static class CreateFund
{
    public sealed record Command(string? Name, FundKind? Kind, Guid? ManagingOrganisationId, string? Description) : ICommand<FundDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().MaximumLength(Fund.MaxNameLength);
            RuleFor(c => c.Kind).NotNull().IsInEnum();
            RuleFor(c => c.ManagingOrganisationId).NotNull();
            RuleFor(c => c.Description).MaximumLength(2000);
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : ICommandHandler<Command, FundDto>
    {
        public async ValueTask<FundDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            await Ledger.EnsureOrganisationAsync(db, c.ManagingOrganisationId, "managingOrganisationId", cancellationToken);
            var name = c.Name!.Trim();
            if (await db.Funds.AnyAsync(f => f.Name == name, cancellationToken))
            {
                throw new ConflictException("FUND_EXISTS", $"A fund named '{name}' exists.", [name]);
            }

            var fund = new Fund(name, c.Kind!.Value, c.ManagingOrganisationId!.Value, c.Description);
            db.Funds.Add(fund);
            await db.SaveChangesAsync(cancellationToken);
            return (await ListFunds.RowsAsync(db, fund.Id, cancellationToken)).Single();
        }
    }
}

/// <summary>Archives a fund created in error, with a reason — only while no live contribution goes to it.</summary>
public static class ArchiveFund
{
    public sealed record Command(Guid Id, string? Reason) : ICommand<FundDto>, IArchiveCommand;

    public sealed class Validator : ArchiveCommandValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, FundDto>
    {
        public async ValueTask<FundDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            var fund = (await ListFunds.RowsAsync(db, c.Id, cancellationToken)).SingleOrDefault() ?? throw new NotFoundException(nameof(Fund), c.Id);
            await Ledger.ArchiveUnlessReferencedAsync(db, db.Funds, c, c.Id,
                await db.Contributions.AnyAsync(x => x.FundId == c.Id && x.ArchivedAt == null, cancellationToken),
                "FUND_HAS_CONTRIBUTIONS", "Contributions go to this fund; archive them first.", user, clock, cancellationToken);
            return fund;
        }
    }
}

public static class ListFunds
{
    public sealed record Query : IQuery<IReadOnlyList<FundDto>>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, IReadOnlyList<FundDto>>
    {
        public async ValueTask<IReadOnlyList<FundDto>> Handle(Query q, CancellationToken cancellationToken) =>
            await RowsAsync(db, null, cancellationToken);
    }

    internal static async Task<List<FundDto>> RowsAsync(IMineActionDb db, Guid? id, CancellationToken ct)
    {
        var funds = db.Funds.AsNoTracking().Where(f => f.ArchivedAt == null);
        funds = id is { } only ? funds.Where(f => f.Id == only) : funds;
        var transactions = db.FundingTransactions.Where(t => t.ArchivedAt == null);
        return await (
                from f in funds
                join o in db.Organisations on f.ManagingOrganisationId equals o.Id
                orderby f.Name
                select new FundDto(f.Id, f.Name, f.Kind, f.ManagingOrganisationId, o.Acronym, f.Description,
                    transactions.Where(t => t.FundId == f.Id && t.Type == TransactionType.IncomingFunds).Sum(t => t.UsdAmount),
                    transactions.Where(t => t.FundId == f.Id && t.Type == TransactionType.Disbursement).Sum(t => t.UsdAmount)))
            .ToListAsync(ct);
    }
}

/// <summary>Shared checks and locked balances of the funding ledger.</summary>
internal static class Ledger
{
    public static async Task EnsureOrganisationAsync(IMineActionDb db, Guid? id, string field, CancellationToken ct)
    {
        if (id is not null && !await db.Organisations.AnyAsync(o => o.Id == id && o.ArchivedAt == null, ct))
        {
            throw Invalid.Field(field, $"Organisation '{id}' does not exist.");
        }
    }

    /// <summary>Archives a money record created in error, with the command's reason, unless live records still refer to it (rule <paramref name="code"/>).</summary>
    public static async Task ArchiveUnlessReferencedAsync<T>(IMineActionDb db, DbSet<T> set, IArchiveCommand command, Guid id, bool referenced,
        string code, string message, ICurrentUser user, TimeProvider clock, CancellationToken ct)
        where T : Domain.Common.Entity
    {
        if (referenced)
        {
            throw new Domain.Common.DomainRuleViolation(code, message, "id");
        }

        await db.ChangeAsync(set, id, null, e => e.Archive(command.Reason!, user.Name, clock.GetUtcNow()), ct);
    }

    /// <summary>
    /// In one database transaction: locks the fund (and project) rows, reads their balances in <paramref name="currency"/>, lets
    /// <paramref name="change"/> check them and change the ledger, saves. Concurrent changes to the same fund queue on the lock.
    /// </summary>
    public static async Task ChangeLockedAsync(IMineActionDb db, Guid fundId, Guid? projectId, string currency, Action<FundBalance, ProjectBalance> change,
        CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (fund, project) = await LockedBalancesAsync(db, fundId, projectId, currency, ct);
        change(fund, project);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task<(FundBalance Fund, ProjectBalance Project)> LockedBalancesAsync(IMineActionDb db, Guid fundId, Guid? projectId,
        string currency, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM funds WHERE id = {fundId} FOR UPDATE", ct);
        if (projectId is not null)
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM projects WHERE id = {projectId} FOR UPDATE", ct);
        }

        var live = db.FundingTransactions.Where(t => t.ArchivedAt == null && t.Currency == currency);
        var ofFund = live.Where(t => t.FundId == fundId);
        var fund = new FundBalance(
            await ofFund.Where(t => t.Type == TransactionType.IncomingFunds).SumAsync(t => t.Amount, ct),
            await ofFund.Where(t => t.Type == TransactionType.Disbursement).SumAsync(t => t.Amount, ct));
        if (projectId is null)
        {
            return (fund, ProjectBalance.None);
        }

        var ofProject = live.Where(t => t.ProjectId == projectId);
        return (fund, new ProjectBalance(
            await ofProject.Where(t => t.Type == TransactionType.Disbursement).SumAsync(t => t.Amount, ct),
            await ofProject.Where(t => t.Type == TransactionType.Expenditure).SumAsync(t => t.Amount, ct)));
    }
}
