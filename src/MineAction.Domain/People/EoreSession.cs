using MineAction.Domain.Hazards;
using NetTopologySuite.Geometries;

namespace MineAction.Domain.People;

public enum DeliveryMethod
{
    Interpersonal,
    MassMedia,
    Digital,
    CommunityFocalPoints,
}

public enum Audience
{
    Community,
    School,
    DisplacedPeople,
    Returnees,
}

/// <summary>
/// An explosive ordnance risk education session: who taught whom, where and how, with the people reached
/// disaggregated by sex and age (girls, boys, women, men) and, of them, persons with disabilities.
/// </summary>
public sealed class EoreSession : ApprovableEntity
{
    public const int MaxMaterialsLength = 1000;

    private EoreSession()
    {
    }

    public EoreSession(DateOnly heldOn, Point location, Guid provinceId, Guid organisationId, DeliveryMethod method, Audience audience,
        Sadd beneficiaries, Sadd withDisabilities, string? materials, DateOnly today)
    {
        if (heldOn > today)
        {
            throw new DomainRuleViolation("DATE_IN_FUTURE", "A session cannot be dated in the future.", "heldOn");
        }

        beneficiaries.EnsureValid("beneficiaries");
        withDisabilities.EnsureValid("withDisabilities");
        if (withDisabilities.Girls > beneficiaries.Girls || withDisabilities.Boys > beneficiaries.Boys
            || withDisabilities.Women > beneficiaries.Women || withDisabilities.Men > beneficiaries.Men)
        {
            throw new DomainRuleViolation("DISABLED_EXCEEDS_TOTAL", "Persons with disabilities are counted among the beneficiaries of the same group.",
                "withDisabilities");
        }

        if (beneficiaries.Total == 0)
        {
            throw new DomainRuleViolation("NO_BENEFICIARIES", "A session reaches at least one person.", "beneficiaries");
        }

        location.SRID = HazardGeometry.Srid;
        HeldOn = heldOn;
        Location = location;
        ProvinceId = provinceId;
        OrganisationId = organisationId;
        Method = method;
        Audience = audience;
        Beneficiaries = beneficiaries;
        WithDisabilities = withDisabilities;
        Materials = Text.TrimToNull(materials);
    }

    public DateOnly HeldOn { get; private set; }
    public Point Location { get; private set; } = null!;
    public Guid ProvinceId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public DeliveryMethod Method { get; private set; }
    public Audience Audience { get; private set; }
    public Sadd Beneficiaries { get; private set; } = Sadd.None;
    public Sadd WithDisabilities { get; private set; } = Sadd.None;
    public string? Materials { get; private set; }

    /// <summary>Its id in the system it came from: a field form's submission id, or IMSMA's (see <see cref="ExternalId"/>).</summary>
    public string? ExternalImsmaId { get; private set; }

    public void Identify(string? externalId) => ExternalImsmaId = ExternalId.Normalise(externalId);
}
