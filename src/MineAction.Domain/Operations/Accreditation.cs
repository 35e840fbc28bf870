using MineAction.Domain.LandRelease;

namespace MineAction.Domain.Operations;

/// <summary>What an organisation may be accredited (and tasked) for.</summary>
public enum AccreditedActivity
{
    NTS,
    TS,
    Clearance,
    BAC,
    EOD,
    EORE,
    VA,
}

public enum AccreditationStatus
{
    Active,
    Suspended,
    Withdrawn,
}

/// <summary>
/// The NMAA's accreditation of an organisation for one activity type, valid between two dates in a set of
/// provinces (none listed: nationwide). Only an active accreditation covering the date and province lets
/// the organisation be tasked.
/// </summary>
public sealed class Accreditation : Entity
{
    public const int MaxNumberLength = 50;
    public const int MaxReasonLength = 1000;

    private Accreditation()
    {
    }

    public Accreditation(Guid organisationId, AccreditedActivity activity, string number, DateOnly issuedOn, DateOnly expiresOn,
        IReadOnlyCollection<Guid> provinceIds)
    {
        if (expiresOn <= issuedOn)
        {
            throw new DomainRuleViolation("DATE_ORDER", "An accreditation expires after it is issued.", "expiresOn");
        }

        OrganisationId = organisationId;
        Activity = activity;
        Number = number.Trim();
        IssuedOn = issuedOn;
        ExpiresOn = expiresOn;
        ProvinceIds = provinceIds.Distinct().ToList();
        Status = AccreditationStatus.Active;
    }

    public Guid OrganisationId { get; private set; }
    public AccreditedActivity Activity { get; private set; }
    public string Number { get; private set; } = string.Empty;
    public DateOnly IssuedOn { get; private set; }
    public DateOnly ExpiresOn { get; private set; }

    /// <summary>Provinces where the accreditation is valid; empty means the whole country.</summary>
    public IReadOnlyList<Guid> ProvinceIds { get; private set; } = [];
    public AccreditationStatus Status { get; private set; }
    public string? StatusReason { get; private set; }

    /// <summary>The accreditation a land-release activity (or a task for one) of this type needs.</summary>
    public static AccreditedActivity For(ActivityType type) => Enum.Parse<AccreditedActivity>(type.ToString());

    /// <summary>Whether one of <paramref name="held"/> lets the organisation do the activity on that day in that province (IMAS 07.30).</summary>
    public static bool AnyCovers(IEnumerable<Accreditation> held, Guid organisationId, AccreditedActivity activity, DateOnly on, Guid provinceId) =>
        held.Any(a => a.OrganisationId == organisationId && a.Covers(activity, on, provinceId));

    public bool Covers(AccreditedActivity activity, DateOnly on, Guid provinceId) =>
        Status == AccreditationStatus.Active && Activity == activity && IssuedOn <= on && on <= ExpiresOn
        && (ProvinceIds.Count == 0 || ProvinceIds.Contains(provinceId));

    public void ChangeStatus(AccreditationStatus status, string? reason)
    {
        EnsureNotArchived();
        if (Status == AccreditationStatus.Withdrawn)
        {
            throw new DomainRuleViolation("ILLEGAL_TRANSITION", "A withdrawn accreditation stays withdrawn; issue a new one.");
        }

        if (status != AccreditationStatus.Active && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleViolation("REASON_REQUIRED", "Say why the accreditation is suspended or withdrawn.", "reason");
        }

        Status = status;
        StatusReason = Text.TrimToNull(reason);
    }
}
