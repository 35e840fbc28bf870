using System.Text.Json;
using MineAction.Application.Hazards;
using MineAction.Domain.Common;
using MineAction.Domain.Hazards;
using MineAction.Web.Components.Shared;

namespace MineAction.Web.Components.Pages.Hazards;

/// <summary>The editable state of the hazard page; becomes a <see cref="HazardInput"/> on save.</summary>
public sealed class HazardForm
{
    public string? Name { get; set; }
    public string? Geometry { get; set; }
    public Guid? ProvinceId { get; set; }
    public Guid? DistrictId { get; set; }
    public Guid? RecordingOrganisationId { get; set; }
    public IReadOnlyCollection<DeviceCategory> DeviceCategories { get; set; } = [];
    public Evidence? Evidence { get; set; }
    public IReadOnlyCollection<LandUse> LandUseBlocked { get; set; } = [];
    public Sadd DirectBeneficiaries { get; set; } = Sadd.None;
    public Sadd IndirectBeneficiaries { get; set; } = Sadd.None;
    public DateTime? RecordedOn { get; set; }
    public string? SourceReport { get; set; }
    public string? ExternalImsmaId { get; set; }

    public void Load(HazardDetailDto h)
    {
        var s = h.Summary;
        (Name, ProvinceId, DistrictId, RecordingOrganisationId, Evidence) =
            (s.Name, s.ProvinceId, s.DistrictId, s.RecordingOrganisationId, s.Evidence);
        DeviceCategories = s.DeviceCategories;
        LandUseBlocked = h.LandUseBlocked;
        (DirectBeneficiaries, IndirectBeneficiaries) = (h.DirectBeneficiaries, h.IndirectBeneficiaries);
        RecordedOn = s.RecordedOn.ToDateTime(TimeOnly.MinValue);
        (SourceReport, ExternalImsmaId) = (h.SourceReport, s.ExternalImsmaId);
        Geometry = h.Geometry.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    /// <summary>
    /// The fields where this form (what the user typed) and <paramref name="theirs"/> (the version someone else saved meanwhile) differ,
    /// by their labels on the page — what a conflict notice names.
    /// </summary>
    public IReadOnlyList<string> Differences(HazardForm theirs) => ConflictNotice.Of(
            ("Name", Name, theirs.Name), ("Polygon", Geometry, theirs.Geometry), ("Province", ProvinceId, theirs.ProvinceId),
            ("District", DistrictId, theirs.DistrictId), ("Recording organisation", RecordingOrganisationId, theirs.RecordingOrganisationId),
            ("Device categories", string.Join(",", DeviceCategories.Order()), string.Join(",", theirs.DeviceCategories.Order())),
            ("Evidence", Evidence, theirs.Evidence),
            ("Land use blocked", string.Join(",", LandUseBlocked.Order()), string.Join(",", theirs.LandUseBlocked.Order())),
            ("Direct beneficiaries", DirectBeneficiaries, theirs.DirectBeneficiaries),
            ("Indirect beneficiaries", IndirectBeneficiaries, theirs.IndirectBeneficiaries), ("Recorded on", RecordedOn, theirs.RecordedOn),
            ("Source report", SourceReport, theirs.SourceReport), ("IMSMA id", ExternalImsmaId, theirs.ExternalImsmaId));

    /// <summary>The register or update command with the form's fields (the geometry only when it is new or was redrawn).</summary>
    public TCommand To<TCommand>(bool geometryChanged)
        where TCommand : HazardInput, new() => new()
        {
            Name = Name, Geometry = geometryChanged ? GeometryText.Parse(Geometry) : null, ProvinceId = ProvinceId, DistrictId = DistrictId,
            RecordingOrganisationId = RecordingOrganisationId, DeviceCategories = DeviceCategories.ToList(), Evidence = Evidence,
            LandUseBlocked = LandUseBlocked.ToList(), DirectBeneficiaries = DirectBeneficiaries, IndirectBeneficiaries = IndirectBeneficiaries,
            RecordedOn = RecordedOn is { } d ? DateOnly.FromDateTime(d) : null, SourceReport = SourceReport, ExternalImsmaId = ExternalImsmaId,
        };
}
