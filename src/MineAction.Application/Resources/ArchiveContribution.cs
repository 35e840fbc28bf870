namespace MineAction.Application.Resources;

/// <summary>Archives a contribution recorded in error, with a reason — only once none of its transactions is live (archive those first).</summary>
public static class ArchiveContribution
{
    public sealed record Command([property: JsonIgnore] Guid Id, string? Reason) : ICommand<ContributionDto>, IArchiveCommand;

    public sealed class Validator : ArchiveCommandValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ContributionDto>
    {
        public async ValueTask<ContributionDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            var archived = await GetContribution.LoadAsync(db, c.Id, cancellationToken);
            await FundingLedger.ArchiveUnlessReferencedAsync(db, db.Contributions, c, c.Id, archived.Transactions.Count > 0, "CONTRIBUTION_HAS_TRANSACTIONS",
                $"The contribution has {archived.Transactions.Count} live transactions; archive them first.", user, clock, cancellationToken);
            return archived;
        }
    }
}
