namespace MineAction.Application.Resources;

public static class SetExchangeRate
{
    public sealed record Command(string? Currency, DateOnly? RateDate, decimal? UsdPerUnit) : ICommand<ExchangeRateDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Currency).NotEmpty().Length(3);
            RuleFor(c => c.RateDate).NotNull();
            RuleFor(c => c.UsdPerUnit).NotNull().GreaterThan(0);
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ExchangeRateDto>
    {
        public async ValueTask<ExchangeRateDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            var rate = new ExchangeRate(CurrencyCode.Of(c.Currency!.ToUpperInvariant()), c.RateDate!.Value, c.UsdPerUnit!.Value, clock.Today());
            if (await db.ExchangeRates.AnyAsync(r => r.Currency == rate.Currency && r.RateDate == rate.RateDate, cancellationToken))
            {
                throw new ConflictException("RATE_EXISTS", $"A {rate.Currency} rate for {rate.RateDate:yyyy-MM-dd} is already recorded.", [rate.Currency]);
            }

            db.ExchangeRates.Add(rate);
            await db.SaveChangesAsync(cancellationToken);
            return new ExchangeRateDto(rate.Id, rate.Currency, rate.RateDate, rate.UsdPerUnit);
        }
    }
}
