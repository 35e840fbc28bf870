namespace MineAction.Application.Resources;

public static class CreateContribution
{
    public sealed record Command(Guid? DonorId, Guid? FundId, Guid? ProjectId, Guid? RecipientOrganisationId, string? Reference, string? Currency,
        decimal? Amount, IReadOnlyList<TrancheInput>? Schedule, int? SpreadFromYear, int? SpreadToYear, ActivityType? EarmarkedActivity,
        Guid? EarmarkedProvinceId) : ICommand<ContributionDto>, IContributionTermsInput;

    public sealed class Validator : ContributionTermsValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.DonorId).NotNull();
            RuleFor(c => c.FundId).NotNull();
            RuleFor(c => c.Currency).NotEmpty().Must(CurrencyCode.IsKnown).WithMessage("'currency' must be an ISO 4217 code such as USD, EUR or JPY.");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : ICommandHandler<Command, ContributionDto>
    {
        public async ValueTask<ContributionDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            await db.EnsureOrganisationAsync(c.DonorId, "donorId", cancellationToken);
            await db.Funds.EnsureExistsAsync(c.FundId, "fundId", "Fund", cancellationToken);
            await db.Projects.EnsureExistsAsync(c.ProjectId, "projectId", "Project", cancellationToken);

            var terms = await c.ReadAsync(db, cancellationToken);
            var contribution = new Contribution(c.DonorId!.Value, c.FundId!.Value, c.ProjectId, terms.RecipientOrganisationId, terms.Reference, CurrencyCode.Of(c.Currency),
                terms.Amount, terms.Schedule, terms.EarmarkedActivity, terms.EarmarkedProvinceId);
            db.Contributions.Add(contribution);
            await db.SaveChangesAsync(cancellationToken);
            return await GetContribution.LoadAsync(db, contribution.Id, cancellationToken);
        }
    }
}
