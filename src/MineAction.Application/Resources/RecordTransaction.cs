namespace MineAction.Application.Resources;

public static class RecordTransaction
{
    public sealed record Command([property: JsonIgnore] Guid ContributionId, TransactionType? Type, DateOnly? Date, decimal? Amount, string? Currency, decimal? UsdRate,
        DateOnly? RateDate, string? Description, string? ExternalImsmaId = null) : ICommand<ContributionDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Type).NotNull().IsInEnum();
            RuleFor(c => c.Date).NotNull();
            RuleFor(c => c.Amount).NotNull().GreaterThan(0);
            RuleFor(c => c.Currency).Must(CurrencyCode.IsKnown).When(c => c.Currency is not null)
                .WithMessage("'currency' must be an ISO 4217 code such as USD, EUR or JPY.");
            RuleFor(c => c.UsdRate).GreaterThan(0);
            RuleFor(c => c.RateDate).LessThanOrEqualTo(c => c.Date).When(c => c.RateDate is not null && c.Date is not null);
            RuleFor(c => c.Description).MaximumLength(FundingTransaction.MaxDescriptionLength);
            RuleFor(c => c.ExternalImsmaId).MaximumLength(ExternalId.MaxLength);
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ContributionDto>
    {
        public async ValueTask<ContributionDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            var contribution = await db.Contributions.SingleOrDefaultAsync(x => x.Id == c.ContributionId, cancellationToken)
                ?? throw new NotFoundException(nameof(Contribution), c.ContributionId);
            var money = new Money(c.Amount!.Value, CurrencyCode.Of(c.Currency ?? contribution.Currency));
            var conversion = await UsdRates.ForAsync(db, money.Currency, c.Date!.Value, c.UsdRate, c.RateDate, cancellationToken);
            var externalId = ExternalId.Normalise(c.ExternalImsmaId);
            await ExternalIds.EnsureFreeAsync(db.FundingTransactions.Where(x => x.ContributionId == c.ContributionId && x.ExternalImsmaId == externalId)
                .Select(x => x.Id.ToString()), externalId, "Transaction", cancellationToken);
            await FundingLedger.ChangeLockedAsync(db, contribution.FundId, contribution.ProjectId, money.Currency, (fund, project) =>
            {
                var transaction = contribution.Record(c.Type!.Value, c.Date!.Value, money, conversion, fund, project, c.Description, clock.Today());
                transaction.Identify(externalId);
                db.FundingTransactions.Add(transaction);
            }, cancellationToken);
            return await GetContribution.LoadAsync(db, contribution.Id, cancellationToken);
        }
    }
}
