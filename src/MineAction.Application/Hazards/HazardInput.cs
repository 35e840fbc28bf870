using System.Text.Json;

namespace MineAction.Application.Hazards;

/// <summary>
/// The fields of a register or update request (the commands extend it, so the body is the command). Every field is nullable
/// so a missing one is reported by name. <see cref="Geometry"/> is GeoJSON (Polygon, MultiPolygon or a Feature holding one);
/// it is required to register and optional on update (redraws the polygon).
/// </summary>
public record HazardInput(
    string? Name = null,
    JsonElement? Geometry = null,
    Guid? ProvinceId = null,
    Guid? DistrictId = null,
    Guid? RecordingOrganisationId = null,
    IReadOnlyList<DeviceCategory>? DeviceCategories = null,
    Evidence? Evidence = null,
    IReadOnlyList<LandUse>? LandUseBlocked = null,
    Sadd? DirectBeneficiaries = null,
    Sadd? IndirectBeneficiaries = null,
    DateOnly? RecordedOn = null,
    string? SourceReport = null,
    string? ExternalImsmaId = null)
{
    /// <summary>The attributes, in the province and district found for the polygon.</summary>
    public HazardAttributes ToAttributes(Geography.AdminPlace place) => new(
        Name!,
        place.ProvinceId,
        place.DistrictId,
        RecordingOrganisationId!.Value,
        DeviceCategories ?? [],
        Evidence!.Value,
        LandUseBlocked ?? [],
        DirectBeneficiaries ?? Sadd.None,
        IndirectBeneficiaries ?? Sadd.None,
        RecordedOn!.Value,
        SourceReport,
        ExternalImsmaId);

    public NetTopologySuite.Geometries.Geometry? ReadGeometry() =>
        Geometry is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } g ? GeoJson.Read(g) : null;
}

public sealed class HazardInputValidator : AbstractValidator<HazardInput>
{
    public HazardInputValidator(TimeProvider clock, bool geometryRequired)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(HazardousArea.MaxNameLength);
        if (geometryRequired)
        {
            RuleFor(x => x.Geometry).NotNull().WithMessage("'geometry' is required: a GeoJSON Polygon or MultiPolygon in WGS 84.");
        }

        RuleFor(x => x.Geometry).Custom((_, context) =>
        {
            var problem = GeometryInput.Problem(context.InstanceToValidate.Geometry);
            if (problem is not null)
            {
                context.AddFailure("geometry", $"The geometry {problem}.");
            }
        });
        RuleFor(x => x.RecordingOrganisationId).NotNull();
        RuleForEach(x => x.DeviceCategories).IsInEnum();
        RuleForEach(x => x.LandUseBlocked).IsInEnum();
        RuleFor(x => x.Evidence).NotNull().IsInEnum();
        RuleFor(x => x.RecordedOn).NotNull()
            .LessThanOrEqualTo(_ => clock.Today())
            .WithMessage("'recordedOn' cannot be in the future.");
        RuleFor(x => x.DirectBeneficiaries!).SetValidator(new SaddValidator()).When(x => x.DirectBeneficiaries is not null);
        RuleFor(x => x.IndirectBeneficiaries!).SetValidator(new SaddValidator()).When(x => x.IndirectBeneficiaries is not null);
        RuleFor(x => x.SourceReport).MaximumLength(HazardousArea.MaxSourceReportLength);
        RuleFor(x => x.ExternalImsmaId).MaximumLength(ExternalId.MaxLength);
    }
}
