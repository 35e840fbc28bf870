using System.Linq.Expressions;
using MineAction.Domain.Geography;
using MineAction.Domain.Organisations;
using NetTopologySuite.Geometries;

namespace MineAction.Domain.Hazards;

/// <summary>
/// An area suspected (SHA) or confirmed (CHA) to contain explosive ordnance. Its code is assigned
/// by the database (HA-ISO3-000123) and its area is computed by PostGIS from the polygon.
/// </summary>
public sealed class HazardousArea : ApprovableEntity
{
    public const int MaxNameLength = 200;
    public const int MaxSourceReportLength = 500;
    public const int MaxNoteLength = 2000;

    private HazardousArea()
    {
    }

    public HazardousArea(string countryCode, Geometry geometry, HazardAttributes attributes, DateOnly today)
    {
        if (!CountryCodes.IsValid(countryCode))
        {
            throw new DomainRuleViolation("COUNTRY_CODE_INVALID", "Country must be an ISO 3166-1 alpha-3 code.", "countryCode");
        }

        CountryCode = countryCode;
        Geometry = HazardGeometry.ToValidMultiPolygon(geometry);
        Status = HazardStatus.Open;
        Apply(attributes, today);
    }

    /// <summary>Human code, e.g. <c>HA-XTA-000123</c>; assigned by the database on insert.</summary>
    public string Code { get; private set; } = null!;
    public string CountryCode { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public HazardType Type { get; private set; }
    public HazardStatus Status { get; private set; }
    public MultiPolygon Geometry { get; private set; } = null!;

    /// <summary>Geodesic area in m², computed by PostGIS (<c>ST_Area(geom::geography)</c>).</summary>
    public double AreaM2 { get; private set; }

    public Guid ProvinceId { get; private set; }
    public AdminArea? Province { get; private set; }
    public Guid? DistrictId { get; private set; }
    public AdminArea? District { get; private set; }
    public Guid RecordingOrganisationId { get; private set; }
    public Organisation? RecordingOrganisation { get; private set; }
    public IReadOnlyList<DeviceCategory> DeviceCategories { get; private set; } = [];
    public Evidence Evidence { get; private set; }
    public IReadOnlyList<LandUse> LandUseBlocked { get; private set; } = [];
    public Sadd DirectBeneficiaries { get; private set; } = Sadd.None;
    public Sadd IndirectBeneficiaries { get; private set; } = Sadd.None;
    public DateOnly RecordedOn { get; private set; }
    public string? SourceReport { get; private set; }
    public string? ExternalImsmaId { get; private set; }
    public DateOnly? ConfirmedOn { get; private set; }
    public string? ConfirmationNote { get; private set; }

    /// <summary>When the hazard's perimeter was marked with warning signs (APMBC Article 7 Form I, CCM Form G).</summary>
    public DateOnly? MarkedOn { get; private set; }

    /// <summary>When the hazard was fenced.</summary>
    public DateOnly? FencedOn { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public DateOnly? HandedOverOn { get; private set; }
    public DateOnly? ReopenedOn { get; private set; }

    /// <summary>Why the status last changed (closure, hand-over, re-opening); kept in the audit trail.</summary>
    public string? StatusNote { get; private set; }

    /// <summary>The statuses in which land is still contaminated, so work may be recorded on it (activities, released land).</summary>
    public static readonly IReadOnlyList<HazardStatus> StatusesAcceptingWork = [HazardStatus.Open, HazardStatus.Suspended];

    /// <summary>The same rule for queries: a live hazard in a status that accepts work.</summary>
    public static readonly Expression<Func<HazardousArea, bool>> AcceptingWork =
        h => h.ArchivedAt == null && (h.Status == HazardStatus.Open || h.Status == HazardStatus.Suspended);

    /// <summary>Whether a hazard in this status still accepts work (activities, released land, closure).</summary>
    public static bool StatusAcceptsWork(HazardStatus status) => StatusesAcceptingWork.Contains(status);

    /// <summary>Whether this hazard accepts work: not archived and in a status that is still contaminated.</summary>
    public bool AcceptsWork => !IsArchived && StatusAcceptsWork(Status);

    /// <summary>Refuses work on a hazard that no longer accepts it (rule <c>HAZARD_NOT_OPEN</c>).</summary>
    public void EnsureAcceptsWork(string message, string? field = null) => EnsureAcceptsWork(Status, IsArchived, message, field);

    /// <summary>Refuses work on a hazard in <paramref name="status"/> (archived or not) that no longer accepts it (rule <c>HAZARD_NOT_OPEN</c>).</summary>
    public static void EnsureAcceptsWork(HazardStatus status, bool archived, string message, string? field = null)
    {
        if (archived || !StatusAcceptsWork(status))
        {
            throw new DomainRuleViolation("HAZARD_NOT_OPEN", message, field);
        }
    }

    /// <summary>Closure is proposed when a hazard that accepts work is fully covered by approved released land.</summary>
    public static bool ClosureProposed(HazardStatus status, double areaM2, double approvedReleasedM2) =>
        StatusAcceptsWork(status) && IsFullyReleased(areaM2, approvedReleasedM2);

    /// <summary>IMAS tolerance for geodesic rounding: products may cover the area up to 0.5 % over.</summary>
    public const double AreaTolerance = 0.005;

    /// <summary>True when released land covers the whole area (within tolerance): the system proposes Closed-Released.</summary>
    public static bool IsFullyReleased(double areaM2, double releasedM2) => releasedM2 >= areaM2 * (1 - AreaTolerance);

    /// <summary>An information manager confirms the proposed closure: all land has been released.</summary>
    public void CloseAsReleased(DateOnly on, double releasedM2, DateOnly today)
    {
        EnsureNotArchived();
        if (!StatusAcceptsWork(Status))
        {
            throw new DomainRuleViolation("ILLEGAL_TRANSITION", $"A {Status} hazardous area cannot be closed.");
        }

        if (!IsFullyReleased(AreaM2, releasedM2))
        {
            throw new DomainRuleViolation("LAND_REMAINS",
                $"{AreaM2 - releasedM2:N0} m² of {Code} have not been released; it can be closed once products cover it.");
        }

        EnsureDate(on, ConfirmedOn ?? RecordedOn, today, "closedOn");
        Status = HazardStatus.ClosedReleased;
        ClosedOn = on;
        StatusNote = "All land released";
    }

    /// <summary>The released land is handed over to the community: a separate, dated step.</summary>
    public void HandOver(DateOnly on, string? note, DateOnly today)
    {
        EnsureNotArchived();
        if (Status != HazardStatus.ClosedReleased)
        {
            throw new DomainRuleViolation("ILLEGAL_TRANSITION", "Only a closed (released) hazardous area can be handed over.");
        }

        EnsureDate(on, ClosedOn!.Value, today, "handedOverOn");
        Status = HazardStatus.HandedOver;
        HandedOverOn = on;
        StatusNote = string.IsNullOrWhiteSpace(note) ? "Handed over to the community" : note.Trim();
    }

    /// <summary>Re-opens released land (e.g. a device found after release: residual risk). Needs a reason.</summary>
    public void Reopen(DateOnly on, string reason, DateOnly today)
    {
        EnsureNotArchived();
        if (Status is not (HazardStatus.ClosedReleased or HazardStatus.HandedOver))
        {
            throw new DomainRuleViolation("ILLEGAL_TRANSITION", "Only a closed or handed-over hazardous area can be re-opened.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleViolation("REOPEN_REASON_REQUIRED", "Say why the area is re-opened (e.g. device found after release).", "reason");
        }

        EnsureDate(on, ClosedOn!.Value, today, "reopenedOn");
        Status = HazardStatus.Open;
        ReopenedOn = on;
        StatusNote = reason.Trim();
    }

    private static void EnsureDate(DateOnly on, DateOnly notBefore, DateOnly today, string field)
    {
        if (on < notBefore || on > today)
        {
            throw new DomainRuleViolation("DATE_ORDER", $"The date must lie between {notBefore:yyyy-MM-dd} and today.", field);
        }
    }

    public void UpdateAttributes(HazardAttributes attributes, DateOnly today)
    {
        EnsureNotArchived();
        if (Type == HazardType.CHA && attributes.Evidence == Evidence.Indirect)
        {
            throw new DomainRuleViolation("CHA_REQUIRES_DIRECT_EVIDENCE",
                "A confirmed hazardous area rests on direct evidence; its evidence cannot become indirect.", "evidence");
        }

        Apply(attributes, today);
    }

    /// <summary>Replaces the polygon (e.g. a corrected survey); PostGIS recomputes the area.</summary>
    public void Redraw(Geometry geometry)
    {
        EnsureNotArchived();
        Geometry = HazardGeometry.ToValidMultiPolygon(geometry);
    }

    /// <summary>Confirms a suspected hazardous area (SHA → CHA) on direct evidence.</summary>
    public void Confirm(DateOnly confirmedOn, string note, DateOnly today)
    {
        EnsureNotArchived();
        if (Type == HazardType.CHA)
        {
            throw new DomainRuleViolation("HAZARD_ALREADY_CONFIRMED", $"{Code} is already a confirmed hazardous area.");
        }

        if (Status != HazardStatus.Open)
        {
            throw new DomainRuleViolation("HAZARD_NOT_OPEN", $"Only an open hazardous area can be confirmed; {Code} is {Status}.");
        }

        if (confirmedOn < RecordedOn || confirmedOn > today)
        {
            throw new DomainRuleViolation("CONFIRMATION_DATE_INVALID",
                "The confirmation date must lie between the date recorded and today.", "confirmedOn");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            throw new DomainRuleViolation("CONFIRMATION_NOTE_REQUIRED", "Describe the direct evidence that confirms the hazard.", "note");
        }

        Type = HazardType.CHA;
        Evidence = Evidence.Direct;
        ConfirmedOn = confirmedOn;
        ConfirmationNote = note.Trim();
    }

    /// <summary>Records when the perimeter was marked and/or the area fenced (a date left out stays as it was); dated from recording to today.</summary>
    public void RecordMarking(DateOnly? markedOn, DateOnly? fencedOn, DateOnly today)
    {
        EnsureNotArchived();
        if (markedOn is null && fencedOn is null)
        {
            throw new DomainRuleViolation("MARKING_REQUIRED", "Give the date the perimeter was marked, the date it was fenced, or both.", "markedOn");
        }

        foreach (var (on, field) in new[] { (markedOn, "markedOn"), (fencedOn, "fencedOn") })
        {
            if (on is { } day && (day < RecordedOn || day > today))
            {
                throw new DomainRuleViolation("MARKING_DATE_INVALID", "Marking and fencing are dated between the date recorded and today.", field);
            }
        }

        MarkedOn = markedOn ?? MarkedOn;
        FencedOn = fencedOn ?? FencedOn;
    }

    private void Apply(HazardAttributes a, DateOnly today)
    {
        if (a.RecordedOn > today)
        {
            throw new DomainRuleViolation("DATE_IN_FUTURE", "The date recorded cannot be in the future.", "recordedOn");
        }

        if (ConfirmedOn is { } confirmed && a.RecordedOn > confirmed)
        {
            throw new DomainRuleViolation("DATE_ORDER", "The date recorded cannot be after the confirmation date.", "recordedOn");
        }

        a.DirectBeneficiaries.EnsureValid("directBeneficiaries");
        a.IndirectBeneficiaries.EnsureValid("indirectBeneficiaries");
        Name = a.Name.Trim();
        if (ConfirmedOn is null)
        {
            Evidence = a.Evidence;
        }

        ProvinceId = a.ProvinceId;
        DistrictId = a.DistrictId;
        RecordingOrganisationId = a.RecordingOrganisationId;
        DeviceCategories = a.DeviceCategories.Distinct().Order().ToList();
        LandUseBlocked = a.LandUseBlocked.Distinct().Order().ToList();
        DirectBeneficiaries = a.DirectBeneficiaries;
        IndirectBeneficiaries = a.IndirectBeneficiaries;
        RecordedOn = a.RecordedOn;
        SourceReport = string.IsNullOrWhiteSpace(a.SourceReport) ? null : a.SourceReport.Trim();
        ExternalImsmaId = ExternalId.Normalise(a.ExternalImsmaId);
    }
}

/// <summary>The editable attributes of a hazardous area (everything but its polygon, type and status).</summary>
public sealed record HazardAttributes(
    string Name,
    Guid ProvinceId,
    Guid? DistrictId,
    Guid RecordingOrganisationId,
    IReadOnlyCollection<DeviceCategory> DeviceCategories,
    Evidence Evidence,
    IReadOnlyCollection<LandUse> LandUseBlocked,
    Sadd DirectBeneficiaries,
    Sadd IndirectBeneficiaries,
    DateOnly RecordedOn,
    string? SourceReport,
    string? ExternalImsmaId);
