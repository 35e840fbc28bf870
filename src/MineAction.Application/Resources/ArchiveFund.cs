namespace MineAction.Application.Resources;

/// <summary>Archives a fund created in error, with a reason — only while no live contribution goes to it.</summary>
public static class ArchiveFund
{
    public sealed record Command([property: JsonIgnore] Guid Id, string? Reason) : ICommand<FundDto>, IArchiveCommand;

    public sealed class Validator : ArchiveCommandValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, FundDto>
    {
        public async ValueTask<FundDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            var fund = (await ListFunds.RowsAsync(db, c.Id, cancellationToken)).SingleOrDefault() ?? throw new NotFoundException(nameof(Fund), c.Id);
            await FundingLedger.ArchiveUnlessReferencedAsync(db, db.Funds, c, c.Id,
                await db.Contributions.AnyAsync(x => x.FundId == c.Id, cancellationToken),
                "FUND_HAS_CONTRIBUTIONS", "Contributions go to this fund; archive them first.", user, clock, cancellationToken);
            return fund;
        }
    }
}
