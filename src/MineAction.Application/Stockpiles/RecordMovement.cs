using MineAction.Domain.Stockpiles;

namespace MineAction.Application.Stockpiles;

/// <summary>Records items added to a lot, destroyed, transferred out or (retained items) consumed; a lot never goes below zero (422 QUANTITY_NEGATIVE).</summary>
public static class RecordMovement
{
    public sealed record Command([property: JsonIgnore] Guid LotId, MovementKind? Kind, DateOnly? OccurredOn, int? Quantity, DestructionMethod? Method,
        string? VerifiedBy, string? Counterpart, string? Note) : ICommand<MovementDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Kind).NotNull().IsInEnum().WithName("kind");
            RuleFor(c => c.OccurredOn).NotNull().WithName("occurredOn");
            RuleFor(c => c.Quantity).NotNull().InclusiveBetween(1, 100_000_000).WithName("quantity");
            RuleFor(c => c.Method).IsInEnum().WithName("method");
            RuleFor(c => c.VerifiedBy).MaximumLength(LotMovement.MaxTextLength).WithName("verifiedBy");
            RuleFor(c => c.Counterpart).MaximumLength(LotMovement.MaxTextLength).WithName("counterpart");
            RuleFor(c => c.Note).MaximumLength(LotMovement.MaxTextLength).WithName("note");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, MovementDto>
    {
        public async ValueTask<MovementDto> Handle(Command c, CancellationToken cancellationToken)
        {
            await using var transaction = await JoinedTransaction.BeginAsync(db.Database, cancellationToken);
            var (lot, movements) = await StockpileQueries.LockedAsync(db, c.LotId, cancellationToken);
            user.EnsureCanEnterDataFor(lot.OwnerOrganisationId);
            var movement = lot.Record(movements, c.Kind!.Value, c.OccurredOn!.Value, c.Quantity!.Value, c.Method, c.VerifiedBy, c.Counterpart, c.Note,
                clock.Today());
            user.ApplyEntryReview(movement, clock.GetUtcNow());
            db.LotMovements.Add(movement);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return await StockpileQueries.Movements(db.LotMovements.Where(m => m.Id == movement.Id)).SingleAsync(cancellationToken);
        }
    }
}
