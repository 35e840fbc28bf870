using MineAction.Domain.LandRelease;

namespace MineAction.Domain.Resources;

/// <summary>IATI transaction types used for mine action money (codes as in the IATI TransactionType codelist).</summary>
public enum TransactionType
{
    IncomingFunds = 1,
    OutgoingCommitment = 2,
    Disbursement = 3,
    Expenditure = 4,
    IncomingCommitment = 11,
    IncomingPledge = 13,
}

/// <summary>
/// A donor's contribution to a fund, optionally for a project and a recipient organisation: the agreed amount in one currency,
/// its schedule by year, earmarking, and the transactions that record pledges, commitments, receipts, disbursements and spending.
/// </summary>
public sealed class Contribution : Entity
{
    public const int MaxReferenceLength = 100;

    private Contribution()
    {
    }

    public Contribution(Guid donorId, Guid fundId, Guid? projectId, Guid? recipientOrganisationId, string reference, CurrencyCode currency, decimal amount,
        IReadOnlyCollection<Tranche> schedule, ActivityType? earmarkedActivity, Guid? earmarkedProvinceId)
    {
        DonorId = donorId;
        FundId = fundId;
        ProjectId = projectId;
        Currency = currency.Code;
        Apply(new ContributionTerms(reference, recipientOrganisationId, amount, schedule, earmarkedActivity, earmarkedProvinceId));
    }

    /// <summary>
    /// An amendment of the agreement: reference, recipient, amount, schedule, earmarks. Donor, fund, project and currency stay —
    /// the transactions recorded against them depend on them; a contribution entered against the wrong ones is archived and entered again.
    /// </summary>
    public void Amend(ContributionTerms terms)
    {
        EnsureNotArchived();
        Apply(terms);
    }

    private void Apply(ContributionTerms terms)
    {
        if (terms.Amount <= 0)
        {
            throw new DomainRuleViolation("AMOUNT_NOT_POSITIVE", "The agreed amount is more than zero.", "amount");
        }

        var schedule = terms.Schedule;
        if (schedule.Count > 0 && (schedule.Sum(t => t.Amount) != terms.Amount || schedule.Select(t => t.Year).Distinct().Count() != schedule.Count
            || schedule.Any(t => t.Amount < 0)))
        {
            throw new DomainRuleViolation("SCHEDULE_MISMATCH", "The schedule has one non-negative tranche per year and adds up to the agreed amount.", "schedule");
        }

        RecipientOrganisationId = terms.RecipientOrganisationId;
        Reference = terms.Reference.Trim();
        Amount = terms.Amount;
        ScheduleRows = [.. schedule.OrderBy(t => t.Year)];
        EarmarkedActivity = terms.EarmarkedActivity;
        EarmarkedProvinceId = terms.EarmarkedProvinceId;
    }

    public Guid DonorId { get; private set; }
    public Guid FundId { get; private set; }
    public Guid? ProjectId { get; private set; }
    public Guid? RecipientOrganisationId { get; private set; }
    public string Reference { get; private set; } = string.Empty;
    public string Currency { get; private set; } = string.Empty;
    public decimal Amount { get; private set; }
    public IReadOnlyList<Tranche> Schedule => ScheduleRows;

    /// <summary>The schedule as stored (a JSON column): EF Core's complex collections need a mutable list, which stays private.</summary>
    private List<Tranche> ScheduleRows { get; set; } = [];
    public ActivityType? EarmarkedActivity { get; private set; }
    public Guid? EarmarkedProvinceId { get; private set; }

    /// <summary>A schedule over more than one year: the predictable, multi-year funding the resolutions ask for.</summary>
    public bool IsMultiYear => Schedule.Count > 1;

    /// <summary>
    /// Records a transaction. <paramref name="fund"/> holds what the fund has received and disbursed so far in the
    /// transaction's currency, <paramref name="project"/> what the project has been disbursed and has spent (both read under a lock).
    /// </summary>
    public FundingTransaction Record(TransactionType type, DateOnly date, Money money, UsdConversion conversion,
        FundBalance fund, ProjectBalance project, string? description, DateOnly today)
    {
        EnsureNotArchived();
        var (amount, currency) = money.EnsurePositive("A transaction's amount is more than zero.");

        if (date > today)
        {
            throw new DomainRuleViolation("FUTURE_DATED", "A transaction records what has happened: it is dated today or earlier. Future years go in the schedule.",
                "date");
        }

        if (type == TransactionType.Expenditure && ProjectId is null)
        {
            throw new DomainRuleViolation("EXPENDITURE_NEEDS_PROJECT", "Spending is recorded against a project: give the contribution a project first.", "type");
        }

        if (type == TransactionType.Disbursement && fund.Disbursed + amount > fund.Received)
        {
            throw new DomainRuleViolation("DISBURSED_EXCEEDS_RECEIVED",
                $"The fund has received {fund.Received:N2} {currency} and disbursed {fund.Disbursed:N2}; it cannot disburse {amount:N2} more.", "amount");
        }

        if (type == TransactionType.Expenditure && project.Spent + amount > project.Disbursed)
        {
            throw new DomainRuleViolation("EXPENDITURE_EXCEEDS_DISBURSED",
                $"The project has been disbursed {project.Disbursed:N2} {currency} and has spent {project.Spent:N2}; it cannot spend {amount:N2} more.", "amount");
        }

        return new FundingTransaction(this, type, date, money, conversion, description);
    }
}

/// <summary>The amendable terms of a contribution.</summary>
public sealed record ContributionTerms(string Reference, Guid? RecipientOrganisationId, decimal Amount, IReadOnlyCollection<Tranche> Schedule,
    ActivityType? EarmarkedActivity, Guid? EarmarkedProvinceId);

/// <summary>What a fund has received and disbursed in one currency.</summary>
public sealed record FundBalance(decimal Received, decimal Disbursed);

/// <summary>What a project has been disbursed and has spent in one currency.</summary>
public sealed record ProjectBalance(decimal Disbursed, decimal Spent)
{
    public static readonly ProjectBalance None = new(0, 0);
}

/// <summary>One IATI transaction of a contribution, with its USD value at the rate of its value date.</summary>
public sealed class FundingTransaction : Entity
{
    public const int MaxDescriptionLength = 500;

    private FundingTransaction()
    {
    }

    internal FundingTransaction(Contribution contribution, TransactionType type, DateOnly date, Money money, UsdConversion conversion, string? description)
    {
        ContributionId = contribution.Id;
        FundId = contribution.FundId;
        ProjectId = contribution.ProjectId;
        DonorId = contribution.DonorId;
        Type = type;
        Date = date;
        Amount = money.Amount;
        Currency = money.Currency.Code;
        UsdRate = conversion.Rate;
        RateDate = conversion.RateDate;
        UsdAmount = conversion.ToUsd(money.Amount);
        Description = Text.TrimToNull(description);
    }

    public Guid ContributionId { get; private set; }
    public Guid FundId { get; private set; }
    public Guid? ProjectId { get; private set; }
    public Guid DonorId { get; private set; }
    public TransactionType Type { get; private set; }
    public DateOnly Date { get; private set; }
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = string.Empty;
    public decimal UsdRate { get; private set; }
    public DateOnly RateDate { get; private set; }
    public decimal UsdAmount { get; private set; }
    public string? Description { get; private set; }
    public string? ExternalImsmaId { get; private set; }

    public void Identify(string? externalId) => ExternalImsmaId = ExternalId.Normalise(externalId);

    /// <summary>Archiving a receipt or disbursement must leave the fund and project ledgers consistent.</summary>
    public void EnsureArchivable(FundBalance fund, ProjectBalance project)
    {
        EnsureNotArchived();
        if (Type == TransactionType.IncomingFunds && fund.Received - Amount < fund.Disbursed)
        {
            throw new DomainRuleViolation("DISBURSED_EXCEEDS_RECEIVED", "Without this receipt the fund would have disbursed more than it received.", "id");
        }

        if (Type == TransactionType.Disbursement && project.Disbursed - Amount < project.Spent)
        {
            throw new DomainRuleViolation("EXPENDITURE_EXCEEDS_DISBURSED", "Without this disbursement the project would have spent more than it was disbursed.", "id");
        }
    }
}
