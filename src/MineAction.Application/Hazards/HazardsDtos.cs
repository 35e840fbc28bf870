using System.Linq.Expressions;
using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;

namespace MineAction.Application.Hazards;

/// <summary>A hazardous area as listed (no polygon).</summary>
public sealed record HazardSummaryDto(
    Guid Id,
    string Code,
    string Name,
    HazardType Type,
    HazardStatus Status,
    double AreaM2,
    string CountryCode,
    Guid ProvinceId,
    string ProvinceName,
    string ProvinceCode,
    Guid? DistrictId,
    string? DistrictName,
    string? DistrictCode,
    Guid RecordingOrganisationId,
    string RecordingOrganisationAcronym,
    IReadOnlyList<DeviceCategory> DeviceCategories,
    Evidence Evidence,
    DateOnly RecordedOn,
    string? ExternalImsmaId,
    ApprovalStatus ApprovalStatus,
    DateTimeOffset? ArchivedAt,
    uint RowVersion,
    double Longitude,
    double Latitude)
{
    /// <summary>Longitude/latitude are a point inside the polygon (ST_PointOnSurface), for maps and HXL #geo.</summary>
    public static readonly Expression<Func<HazardousArea, HazardSummaryDto>> Projection = h => new HazardSummaryDto(
        h.Id, h.Code, h.Name, h.Type, h.Status, h.AreaM2, h.CountryCode,
        h.ProvinceId, h.Province!.Name, h.Province.Code, h.DistrictId, h.District!.Name, h.District.Code,
        h.RecordingOrganisationId, h.RecordingOrganisation!.Acronym,
        h.DeviceCategories, h.Evidence, h.RecordedOn, h.ExternalImsmaId, h.ApprovalStatus, h.ArchivedAt, h.RowVersion,
        h.Geometry.PointOnSurface.X, h.Geometry.PointOnSurface.Y);
}

/// <summary>What a hazardous area's detail adds to its summary: polygon (GeoJSON) and the other attributes.</summary>
public sealed record HazardDetailDto(
    HazardSummaryDto Summary,
    [property: JsonIgnore] MultiPolygon Shape,
    IReadOnlyList<LandUse> LandUseBlocked,
    Sadd DirectBeneficiaries,
    Sadd IndirectBeneficiaries,
    string? SourceReport,
    DateOnly? ConfirmedOn,
    string? ConfirmationNote,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    string? ArchiveReason,
    string? ReviewedBy,
    DateTimeOffset? ReviewedAt,
    string? ReviewComment)
{
    public JsonObject Geometry => GeoJson.Write(Shape);

    public DateOnly? MarkedOn { get; init; }

    public DateOnly? FencedOn { get; init; }

    /// <summary>Warnings about the request that did not stop it (e.g. possible duplicates on registration).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The detail columns, read in SQL; the summary is read by its own projection and set with <c>with</c>.</summary>
    public static readonly Expression<Func<HazardousArea, HazardDetailDto>> Projection = h => new HazardDetailDto(
        null!, h.Geometry, h.LandUseBlocked, h.DirectBeneficiaries, h.IndirectBeneficiaries, h.SourceReport,
        h.ConfirmedOn, h.ConfirmationNote, h.CreatedAt, h.CreatedBy, h.UpdatedAt, h.UpdatedBy, h.ArchiveReason,
        h.ReviewedBy, h.ReviewedAt, h.ReviewComment)
    {
        MarkedOn = h.MarkedOn, FencedOn = h.FencedOn,
    };
}
