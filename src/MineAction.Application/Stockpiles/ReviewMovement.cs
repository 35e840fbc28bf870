using MineAction.Domain.Stockpiles;

namespace MineAction.Application.Stockpiles;

/// <summary>
/// An information manager approves a lot movement, so it counts in the treaty reports, or returns it with a comment — or archives a
/// wrong one with a reason. Returning or archiving an addition is refused when the lot would then have given more than it held.
/// </summary>
public static class ReviewMovement
{
    public sealed record Command([property: JsonIgnore] Guid Id, [property: JsonIgnore] uint? ExpectedVersion, [property: JsonIgnore] ReviewDecision Decision,
        string? Comment) : ICommand<MovementDto>, IReviewCommand;

    public sealed class Validator : ReviewCommandValidator<Command>;

    public sealed record Archive([property: JsonIgnore] Guid Id, string? Reason) : ICommand<MovementDto>, IArchiveCommand;

    public sealed class ArchiveValidator : ArchiveCommandValidator<Archive>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock)
        : ICommandHandler<Command, MovementDto>, ICommandHandler<Archive, MovementDto>
    {
        public ValueTask<MovementDto> Handle(Command command, CancellationToken cancellationToken) =>
            ChangeAsync(command.Id, command.ExpectedVersion, m => user.Review(m, command, clock.GetUtcNow()), cancellationToken);

        public ValueTask<MovementDto> Handle(Archive command, CancellationToken cancellationToken)
        {
            user.EnsureReviewer();
            return ChangeAsync(command.Id, null, m => m.Archive(command.Reason!, user.Name, clock.GetUtcNow()), cancellationToken);
        }

        private async ValueTask<MovementDto> ChangeAsync(Guid id, uint? expectedVersion, Action<LotMovement> change, CancellationToken ct)
        {
            await using var transaction = await JoinedTransaction.BeginAsync(db.Database, ct);
            var lotId = await db.LotMovements.Where(m => m.Id == id).Select(m => (Guid?)m.LotId).SingleOrDefaultAsync(ct)
                ?? throw new NotFoundException("Movement", id);
            var (_, movements) = await StockpileQueries.LockedAsync(db, lotId, ct);
            await db.ChangeAsync(db.LotMovements, id, expectedVersion, m =>
            {
                change(m);
                MunitionLot.EnsureNeverNegative(movements);
            }, ct);
            await transaction.CommitAsync(ct);
            return await StockpileQueries.Movements(db.LotMovements.IncludingArchived().Where(m => m.Id == id)).SingleAsync(ct);
        }
    }
}
