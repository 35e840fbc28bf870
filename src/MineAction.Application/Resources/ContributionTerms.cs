namespace MineAction.Application.Resources;

public sealed record TrancheInput(int? Year, decimal? Amount);

/// <summary>
/// The amendable terms of a contribution as a request gives them: give the schedule as tranches, or as
/// <c>spreadFromYear</c>–<c>spreadToYear</c> to spread the amount evenly; neither: a one-off contribution without a schedule.
/// </summary>
public interface IContributionTermsInput
{
    Guid? RecipientOrganisationId { get; }
    string? Reference { get; }
    decimal? Amount { get; }
    IReadOnlyList<TrancheInput>? Schedule { get; }
    int? SpreadFromYear { get; }
    int? SpreadToYear { get; }
    ActivityType? EarmarkedActivity { get; }
    Guid? EarmarkedProvinceId { get; }
}

/// <summary>Rules on a contribution's terms shared by recording and amending it.</summary>
public abstract class ContributionTermsValidator<T> : AbstractValidator<T>
    where T : IContributionTermsInput
{
    protected ContributionTermsValidator()
    {
        RuleFor(c => c.Reference).NotEmpty().MaximumLength(Contribution.MaxReferenceLength);
        RuleFor(c => c.Amount).NotNull().GreaterThan(0);
        RuleForEach(c => c.Schedule).NoEmptyEntries().ChildRules(t =>
        {
            t.RuleFor(x => x.Year).NotNull().InclusiveBetween(1990, 2100);
            t.RuleFor(x => x.Amount).NotNull().GreaterThanOrEqualTo(0);
        });
        RuleFor(c => c.SpreadFromYear).NotNull().InclusiveBetween(1990, 2100).When(c => c.SpreadToYear is not null);
        RuleFor(c => c.SpreadToYear).NotNull().GreaterThanOrEqualTo(c => c.SpreadFromYear).LessThan(c => c.SpreadFromYear + 30)
            .When(c => c.SpreadFromYear is not null);
        RuleFor(c => c.Schedule).Empty().When(c => c.SpreadFromYear is not null).WithMessage("Give tranches or a spread, not both.");
        RuleFor(c => c.EarmarkedActivity).IsInEnum();
    }
}

internal static class ContributionTermsReading
{
    /// <summary>Checks the referenced recipient and province exist and builds the terms (spreading the amount when asked).</summary>
    public static async Task<ContributionTerms> ReadAsync(this IContributionTermsInput c, IMineActionDb db, CancellationToken ct)
    {
        await db.EnsureOrganisationAsync(c.RecipientOrganisationId, "recipientOrganisationId", ct);
        await db.EnsureProvinceAsync(c.EarmarkedProvinceId, "earmarkedProvinceId", ct);

        var schedule = c.SpreadFromYear is { } from
            ? Tranche.Spread(c.Amount!.Value, from, c.SpreadToYear ?? from)
            : (c.Schedule ?? []).Select(t => new Tranche(t.Year!.Value, t.Amount!.Value)).ToList();
        return new ContributionTerms(c.Reference!, c.RecipientOrganisationId, c.Amount!.Value, schedule, c.EarmarkedActivity, c.EarmarkedProvinceId);
    }
}
