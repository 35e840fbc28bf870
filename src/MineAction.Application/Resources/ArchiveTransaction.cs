namespace MineAction.Application.Resources;

/// <summary>Archives a transaction entered in error, with a reason; refused if the ledger would then be inconsistent.</summary>
public static class ArchiveTransaction
{
    public sealed record Command([property: JsonIgnore] Guid Id, string? Reason) : ICommand<ContributionDto>, IArchiveCommand;

    public sealed class Validator : ArchiveCommandValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ContributionDto>
    {
        public async ValueTask<ContributionDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            var record = await db.FundingTransactions.SingleOrDefaultAsync(t => t.Id == c.Id, cancellationToken)
                ?? throw new NotFoundException(nameof(FundingTransaction), c.Id);
            await FundingLedger.ChangeLockedAsync(db, record.FundId, record.ProjectId, CurrencyCode.Of(record.Currency), (fund, project) =>
            {
                record.EnsureArchivable(fund, project);
                record.Archive(c.Reason!, user.Name, clock.GetUtcNow());
            }, cancellationToken);
            return await GetContribution.LoadAsync(db, record.ContributionId, cancellationToken);
        }
    }
}
