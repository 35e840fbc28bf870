namespace MineAction.Application.Stockpiles;

/// <summary>Archives a lot registered by mistake, with a reason: it and its movements leave the lists and the reports, and stay readable.</summary>
public static class ArchiveLot
{
    public sealed record Command([property: JsonIgnore] Guid Id, string? Reason) : ICommand<LotDetailDto>, IArchiveCommand;

    public sealed class Validator : ArchiveCommandValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, LotDetailDto>
    {
        public async ValueTask<LotDetailDto> Handle(Command command, CancellationToken cancellationToken)
        {
            user.EnsureReviewer();
            await db.ChangeAsync(db.MunitionLots, command.Id, null, l => l.Archive(command.Reason!, user.Name, clock.GetUtcNow()), cancellationToken);
            return await StockpileQueries.DetailAsync(db, command.Id, cancellationToken);
        }
    }
}
