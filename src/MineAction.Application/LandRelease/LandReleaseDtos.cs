using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;
using System.Linq.Expressions;

namespace MineAction.Application.LandRelease;

public sealed record ActivityDto(
    Guid Id,
    Guid HazardousAreaId,
    string HazardCode,
    Guid OrganisationId,
    string OrganisationAcronym,
    ActivityType Type,
    ActivityStatus Status,
    IReadOnlyList<ClearanceMethod> Methods,
    int SpecifiedDepthCm,
    int Teams,
    DateOnly? PlannedStart,
    DateOnly? PlannedEnd,
    DateOnly? ActualStart,
    DateOnly? ActualEnd,
    double ReleasedM2,
    int DevicesFound,
    int DevicesAwaitingDisposal,
    ApprovalStatus ApprovalStatus,
    string? ReviewComment,
    DateTimeOffset? ArchivedAt,
    uint RowVersion,
    string? ExternalImsmaId)
{
    public static Expression<Func<LandReleaseActivity, ActivityDto>> Projection(IMineActionDb db) => a => new ActivityDto(
        a.Id, a.HazardousAreaId,
        db.HazardLabels.Where(h => h.Id == a.HazardousAreaId).Select(h => h.Code).First(),
        a.OrganisationId,
        db.Organisations.Where(o => o.Id == a.OrganisationId).Select(o => o.Acronym).First(),
        a.Type, a.Status, a.Methods, a.SpecifiedDepthCm, a.Teams, a.PlannedStart, a.PlannedEnd, a.ActualStart, a.ActualEnd,
        db.Products.Where(p => p.ActivityId == a.Id).Sum(p => (double?)p.AreaM2) ?? 0,
        db.Devices.Where(d => d.ActivityId == a.Id).Sum(d => (int?)d.Quantity) ?? 0,
        db.Devices.Count(d => d.ActivityId == a.Id && d.DisposalMethod == null),
        a.ApprovalStatus, a.ReviewComment, a.ArchivedAt, a.RowVersion, a.ExternalImsmaId);
}

public sealed record ProductDto(
    Guid Id,
    Guid ActivityId,
    ActivityType ActivityType,
    string OrganisationAcronym,
    Guid HazardousAreaId,
    ReleaseOutcome Outcome,
    double AreaM2,
    int? ClearedDepthCm,
    DateOnly ReleaseDate,
    DateOnly? SupersededOn,
    ApprovalStatus ActivityApprovalStatus,
    ApprovalStatus ApprovalStatus,
    string? ReviewComment,
    uint RowVersion,
    string? ExternalImsmaId,
    [property: JsonIgnore] MultiPolygon Shape)
{
    public JsonObject Geometry => GeoJson.Write(Shape);
}

public sealed record DeviceDto(Guid Id, Guid ActivityId, Guid? ProductId, DeviceCategory Category, string? Model, int Quantity,
    double? Longitude, double? Latitude, int? DepthCm, DeviceCondition Condition, DateOnly FoundOn, DisposalMethod? DisposalMethod,
    DateOnly? DisposedOn, ApprovalStatus ApprovalStatus, string? ReviewComment, uint RowVersion, string? ExternalImsmaId);
