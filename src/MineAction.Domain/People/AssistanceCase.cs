namespace MineAction.Domain.People;

/// <summary>The pillars of victim assistance.</summary>
public enum Pillar
{
    Medical,
    Rehabilitation,
    Psychosocial,
    Education,
    EconomicInclusion,
    SocialInclusion,
}

public enum CaseStatus
{
    Open,
    Active,
    Closed,
}

public enum ReferralStatus
{
    Open,
    Accepted,
    Completed,
    Declined,
}

/// <summary>
/// A victim assistance case: one per survivor, or per indirect victim (a family member of a casualty), with the
/// needs assessed by pillar, services delivered, referrals to providers and follow-up dates.
/// </summary>
public sealed class AssistanceCase : Entity
{
    public const int MaxTextLength = 1000;

    private AssistanceCase()
    {
    }

    /// <summary>
    /// Opens a case for a casualty: for the survivor (no relationship) or for an indirect victim (the relationship to the casualty).
    /// A person killed has no case of their own (rule <c>CASE_FOR_DECEASED</c>): the case is their family member's.
    /// </summary>
    public AssistanceCase(Casualty casualty, string? relationship, IReadOnlyCollection<Pillar> needs, DateOnly openedOn, DateOnly? nextFollowUpOn, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(relationship) && casualty.Outcome == CasualtyOutcome.Killed)
        {
            throw new DomainRuleViolation("CASE_FOR_DECEASED", "A case for a person killed is opened for an indirect victim: give the relationship.", "relationship");
        }

        if (openedOn > today)
        {
            throw new DomainRuleViolation("DATE_IN_FUTURE", "A case cannot be opened in the future.", "openedOn");
        }

        CasualtyId = casualty.Id;
        Relationship = Text.TrimToNull(relationship);
        Needs = needs.Distinct().Order().ToList();
        OpenedOn = openedOn;
        NextFollowUpOn = nextFollowUpOn;
        Status = CaseStatus.Open;
    }

    public Guid CasualtyId { get; private set; }

    /// <summary>Empty for the survivor; for an indirect victim, the relationship to the casualty (e.g. "daughter").</summary>
    public string? Relationship { get; private set; }
    public IReadOnlyList<Pillar> Needs { get; private set; } = [];
    public CaseStatus Status { get; private set; }
    public DateOnly OpenedOn { get; private set; }
    public DateOnly? NextFollowUpOn { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public string? CloseReason { get; private set; }

    public void Follow(DateOnly? nextFollowUpOn, IReadOnlyCollection<Pillar> needs)
    {
        EnsureOpen();
        NextFollowUpOn = nextFollowUpOn;
        Needs = needs.Distinct().Order().ToList();
        Status = CaseStatus.Active;
    }

    public void Close(DateOnly on, string reason, DateOnly today)
    {
        EnsureOpen();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleViolation("REASON_REQUIRED", "Say why the case is closed.", "reason");
        }

        if (on < OpenedOn || on > today)
        {
            throw new DomainRuleViolation("DATE_ORDER", "A case is closed between its opening and today.", "date");
        }

        Status = CaseStatus.Closed;
        ClosedOn = on;
        CloseReason = reason.Trim();
        NextFollowUpOn = null;
    }

    public void EnsureOpen()
    {
        EnsureNotArchived();
        if (Status == CaseStatus.Closed)
        {
            throw new DomainRuleViolation("CASE_CLOSED", "The case is closed.");
        }
    }
}

/// <summary>A service delivered to a case: when, by which provider, under which pillar, at what cost (USD).</summary>
public sealed class AssistanceService : Entity
{
    private AssistanceService()
    {
    }

    public AssistanceService(AssistanceCase assistanceCase, DateOnly deliveredOn, Guid providerId, Pillar pillar, decimal costUsd, DateOnly today)
    {
        assistanceCase.EnsureOpen();
        if (deliveredOn < assistanceCase.OpenedOn || deliveredOn > today)
        {
            throw new DomainRuleViolation("DATE_ORDER", "A service is delivered between the case's opening and today.", "deliveredOn");
        }

        if (costUsd < 0)
        {
            throw new DomainRuleViolation("COST_NEGATIVE", "A cost is not negative.", "costUsd");
        }

        CaseId = assistanceCase.Id;
        DeliveredOn = deliveredOn;
        ProviderId = providerId;
        Pillar = pillar;
        CostUsd = costUsd;
    }

    public Guid CaseId { get; private set; }
    public DateOnly DeliveredOn { get; private set; }
    public Guid ProviderId { get; private set; }
    public Pillar Pillar { get; private set; }
    public decimal CostUsd { get; private set; }
    public string? ExternalImsmaId { get; private set; }

    public void Identify(string? externalId) => ExternalImsmaId = ExternalId.Normalise(externalId);
}

/// <summary>A referral of a case to a provider for one pillar, followed until completed or declined.</summary>
public sealed class Referral : Entity
{
    private Referral()
    {
    }

    public Referral(AssistanceCase assistanceCase, Guid providerId, Pillar pillar, DateOnly referredOn, DateOnly today)
    {
        assistanceCase.EnsureOpen();
        if (referredOn < assistanceCase.OpenedOn || referredOn > today)
        {
            throw new DomainRuleViolation("DATE_ORDER", "A referral is dated between the case's opening and today.", "referredOn");
        }

        CaseId = assistanceCase.Id;
        ProviderId = providerId;
        Pillar = pillar;
        ReferredOn = referredOn;
        Status = ReferralStatus.Open;
    }

    public Guid CaseId { get; private set; }
    public Guid ProviderId { get; private set; }
    public Pillar Pillar { get; private set; }
    public DateOnly ReferredOn { get; private set; }
    public ReferralStatus Status { get; private set; }

    /// <summary>Open → Accepted or Declined; Accepted → Completed or Declined.</summary>
    public void Move(ReferralStatus status)
    {
        EnsureNotArchived();
        var allowed = (Status, status) switch
        {
            (ReferralStatus.Open, ReferralStatus.Accepted or ReferralStatus.Declined) => true,
            (ReferralStatus.Accepted, ReferralStatus.Completed or ReferralStatus.Declined) => true,
            _ => false,
        };
        if (!allowed)
        {
            throw new DomainRuleViolation("ILLEGAL_TRANSITION", $"A {Status} referral cannot become {status}.", "status");
        }

        Status = status;
    }
}
