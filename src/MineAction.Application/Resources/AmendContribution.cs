namespace MineAction.Application.Resources;

/// <summary>Amends a contribution's terms (reference, recipient, amount, schedule, earmarks); needs the row version last read.</summary>
public static class AmendContribution
{
    public sealed record Command([property: JsonIgnore] Guid Id, [property: JsonIgnore] uint? ExpectedVersion, Guid? RecipientOrganisationId, string? Reference, decimal? Amount,
        IReadOnlyList<TrancheInput>? Schedule, int? SpreadFromYear, int? SpreadToYear, ActivityType? EarmarkedActivity, Guid? EarmarkedProvinceId)
        : ICommand<ContributionDto>, IContributionTermsInput;

    public sealed class Validator : ContributionTermsValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : ICommandHandler<Command, ContributionDto>
    {
        public async ValueTask<ContributionDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            var terms = await c.ReadAsync(db, cancellationToken);
            await db.ChangeAsync(db.Contributions, c.Id, c.ExpectedVersion, x => x.Amend(terms), cancellationToken);
            return await GetContribution.LoadAsync(db, c.Id, cancellationToken);
        }
    }
}
