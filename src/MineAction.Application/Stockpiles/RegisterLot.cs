using MineAction.Domain.Stockpiles;

namespace MineAction.Application.Stockpiles;

/// <summary>Registers a lot of stockpiled or retained munitions with its declared quantity (its holder's data entry or the NMAA's).</summary>
public static class RegisterLot
{
    public sealed record Command(DeviceCategory? Category, string? MunitionType, string? LotNumber, string? Location, Guid? OwnerOrganisationId,
        LotPurpose? Purpose, int? SubmunitionsPerMunition, DateOnly? DeclaredOn, int? Quantity) : ICommand<LotDetailDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Category).NotNull().IsInEnum().WithName("category");
            RuleFor(c => c.MunitionType).NotEmpty().MaximumLength(MunitionLot.MaxTypeLength).WithName("munitionType");
            RuleFor(c => c.LotNumber).NotEmpty().MaximumLength(MunitionLot.MaxLotNumberLength).WithName("lotNumber");
            RuleFor(c => c.Location).NotEmpty().MaximumLength(MunitionLot.MaxLocationLength).WithName("location");
            RuleFor(c => c.OwnerOrganisationId).NotNull().WithName("ownerOrganisationId");
            RuleFor(c => c.Purpose).NotNull().IsInEnum().WithName("purpose");
            RuleFor(c => c.SubmunitionsPerMunition).InclusiveBetween(1, 10_000).WithName("submunitionsPerMunition");
            RuleFor(c => c.DeclaredOn).NotNull().WithName("declaredOn");
            RuleFor(c => c.Quantity).NotNull().InclusiveBetween(1, 100_000_000).WithName("quantity");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, LotDetailDto>
    {
        public async ValueTask<LotDetailDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureCanEnterDataFor(c.OwnerOrganisationId!.Value);
            await db.EnsureOrganisationAsync(c.OwnerOrganisationId, "ownerOrganisationId", cancellationToken);
            var lot = new MunitionLot(c.Category!.Value, c.MunitionType!, c.LotNumber!, c.Location!, c.OwnerOrganisationId!.Value, c.Purpose!.Value,
                c.SubmunitionsPerMunition, c.DeclaredOn!.Value, clock.Today());
            var taken = await db.MunitionLots.IncludingArchived()
                .Where(l => l.MunitionType == lot.MunitionType && l.LotNumber == lot.LotNumber).Select(l => l.Id.ToString()).ToListAsync(cancellationToken);
            if (taken.Count > 0)
            {
                throw new ConflictException("LOT_NUMBER_TAKEN", $"A lot of {lot.MunitionType} numbered '{lot.LotNumber}' is registered already.", taken,
                    "lotNumber");
            }

            var declared = lot.Declare(c.Quantity!.Value);
            user.ApplyEntryReview(declared, clock.GetUtcNow());
            db.MunitionLots.Add(lot);
            db.LotMovements.Add(declared);
            await db.SaveChangesAsync(cancellationToken);
            return await StockpileQueries.DetailAsync(db, lot.Id, cancellationToken);
        }
    }
}
