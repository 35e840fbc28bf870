namespace MineAction.Application.Resources;

/// <summary>Shared checks and locked balances of the funding ledger.</summary>
internal static class FundingLedger
{
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
    public static async Task ChangeLockedAsync(IMineActionDb db, Guid fundId, Guid? projectId, CurrencyCode currency, Action<FundBalance, ProjectBalance> change,
        CancellationToken ct)
    {
        await using var transaction = await JoinedTransaction.BeginAsync(db.Database, ct);
        var (fund, project) = await LockedBalancesAsync(db, fundId, projectId, currency, ct);
        change(fund, project);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task<(FundBalance Fund, ProjectBalance Project)> LockedBalancesAsync(IMineActionDb db, Guid fundId, Guid? projectId,
        CurrencyCode currency, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM funds WHERE id = {fundId} FOR UPDATE", ct);
        if (projectId is not null)
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM projects WHERE id = {projectId} FOR UPDATE", ct);
        }

        var code = currency.Code;
        var live = db.FundingTransactions.Where(t => t.Currency == code);
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
