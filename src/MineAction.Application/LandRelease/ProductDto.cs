using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MineAction.Domain.LandRelease;
using NetTopologySuite.Geometries;

namespace MineAction.Application.LandRelease;

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
    [property: JsonIgnore] MultiPolygon Shape)
{
    public JsonObject Geometry => GeoJson.Write(Shape);
}
