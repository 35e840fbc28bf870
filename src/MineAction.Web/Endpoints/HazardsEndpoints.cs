using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Hazards;
using MineAction.Application.LandRelease;

namespace MineAction.Web.Endpoints;

public static class HazardsEndpoints
{
    public static void MapHazards(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/hazardous-areas").WithTags("Hazardous areas");
        group.MapGet("/", List).WithName("ListHazardousAreas")
            .WithSummary("List hazardous areas: filter by status, type, province, district, organisation, device category and bounding box.")
            .WithStandardErrors();
        group.MapGet("/export.csv", Export).WithName("ExportHazardousAreas")
            .WithSummary("The filtered list as CSV (UTF-8) with an HXL hashtag row; a point inside each polygon as #geo +lat/+lon.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").WithStandardErrors();
        group.MapGet("/export.geojson", ExportGeoJson).WithName("ExportHazardousAreasGeoJson")
            .WithSummary("The hazardous areas the list's filters select as a GeoJSON FeatureCollection (polygons; properties = the list's columns), streamed.")
            .Produces(StatusCodes.Status200OK, contentType: GeoJsonFile.ContentType).WithStandardErrors();
        group.MapGet("/{id:guid}", Get).WithName("GetHazardousArea").WithSummary("A hazardous area with its polygon as GeoJSON.")
            .ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        group.MapPost("/", Register).WithName("RegisterHazardousArea")
            .WithSummary("Register a hazardous area from a GeoJSON Polygon/MultiPolygon (WGS 84); the code and area are computed. "
                + "Overlapping an open hazard by more than the national share (50 %) adds a warning, or 409 with rejectDuplicates=true.")
            .RequireAuthorization(Policies.DataEntry).WithStandardErrors(write: true);
        group.MapPut("/{id:guid}", Update).WithName("UpdateHazardousArea")
            .WithSummary("Replace a hazardous area's attributes (and polygon when given). Requires If-Match.")
            .RequireAuthorization(Policies.DataEntry).WithStandardErrors(write: true);
        group.MapPost("/{id:guid}/confirm", Confirm).WithName("ConfirmHazardousArea")
            .WithSummary("Confirm a suspected hazardous area (SHA → CHA) on direct evidence.")
            .RequireAuthorization(Policies.DataEntry).WithStandardErrors(write: true);
        group.MapPost("/{id:guid}/marking", Mark).WithName("MarkHazardousArea")
            .WithSummary("Record when the perimeter was marked and/or the area fenced (Article 7 warnings); a date left out stays as it was.")
            .RequireAuthorization(Policies.DataEntry).WithStandardErrors(write: true);
        group.MapPost("/{id:guid}/archive", Archive).WithName("ArchiveHazardousArea")
            .WithSummary("Archive a hazardous area with a reason (records are never deleted).")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors(write: true);
        group.MapReviewActions<ReviewHazardousArea.Command, HazardDetailDto>("HazardousArea",
            (c, id, version, decision) => c with { Id = id, ExpectedVersion = version, Decision = decision }, h => h.Summary.RowVersion);
        group.MapPost("/{id:guid}/close", (Guid id, ChangeHazardStatus.Command c, IMediator m, HttpContext http, CancellationToken ct) =>
                ChangeStatus(id, c with { Step = ChangeHazardStatus.Transition.Close }, m, http, ct)).WithName("CloseHazardousArea")
            .WithSummary("Confirm the proposed closure (Closed-Released) once approved products cover the area.")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors(write: true);
        group.MapPost("/{id:guid}/hand-over", (Guid id, ChangeHazardStatus.Command c, IMediator m, HttpContext http, CancellationToken ct) =>
                ChangeStatus(id, c with { Step = ChangeHazardStatus.Transition.HandOver }, m, http, ct)).WithName("HandOverHazardousArea")
            .WithSummary("Record the hand-over of released land to the community (a separate, dated step).")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors(write: true);
        group.MapPost("/{id:guid}/reopen", (Guid id, ChangeHazardStatus.Command c, IMediator m, HttpContext http, CancellationToken ct) =>
                ChangeStatus(id, c with { Step = ChangeHazardStatus.Transition.Reopen }, m, http, ct)).WithName("ReopenHazardousArea")
            .WithSummary("Re-open a released area with a reason (e.g. a device found after release).")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors(write: true);
        group.MapGet("/{id:guid}/land-release", LandRelease).WithName("GetHazardLandRelease")
            .WithSummary("The hazard's released land: products by date, totals by outcome, remaining area, whether closure is proposed.")
            .ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
    }

    private static async Task<Ok<PagedResult<HazardSummaryDto>>> List([AsParameters] ListHazardousAreas.Query query, IMediator mediator,
        CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct));

    private static readonly CsvColumn<HazardSummaryDto>[] ExportColumns =
    [
        new("Code", "#loc +code", h => h.Code), new("Name", "#loc +name", h => h.Name), new("Type", "#loc +type", h => h.Type),
        new("Status", "#status", h => h.Status), new("Review", "#status +review", h => h.ApprovalStatus),
        new("Area m2", "#indicator +num +area_m2", h => h.AreaM2), new("Country", "#country +code", h => h.CountryCode),
        new("Province code", "#adm1 +code", h => h.ProvinceCode), new("Province", "#adm1 +name", h => h.ProvinceName),
        new("District code", "#adm2 +code", h => h.DistrictCode), new("District", "#adm2 +name", h => h.DistrictName),
        new("Recorded by", "#org +impl +name", h => h.RecordingOrganisationAcronym),
        new("Device categories", "#item +type", h => string.Join(' ', h.DeviceCategories)), new("Evidence", "#description +evidence", h => h.Evidence),
        new("Recorded on", "#date +reported", h => h.RecordedOn), new("Latitude", "#geo +lat", h => h.Latitude),
        new("Longitude", "#geo +lon", h => h.Longitude), new("IMSMA id", "#meta +id +imsma", h => h.ExternalImsmaId),
    ];

    private static async Task<IResult> Export([AsParameters] ListHazardousAreas.Query query, IMediator mediator, CancellationToken ct) =>
        Csv.File("hazardous-areas.csv", ExportColumns, await mediator.Send(new ExportHazardousAreas.Query(query), ct));

    private static async Task<IResult> ExportGeoJson([AsParameters] ListHazardousAreas.Query query, IMediator mediator, CancellationToken ct) =>
        GeoJsonFile.FeatureCollection("hazardous-areas.geojson", await mediator.Send(new HazardousAreaFeatures.Query(query), ct));

    private static async Task<Ok<HazardDetailDto>> Get(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        Detail(http, await mediator.Send(new GetHazardousArea.Query(id), ct));

    private static async Task<Created<HazardDetailDto>> Register(RegisterHazardousArea.Command command, IMediator mediator, HttpContext http,
        CancellationToken ct, bool rejectDuplicates = false)
    {
        var hazard = Detail(http, await mediator.Send(command with { RejectDuplicates = rejectDuplicates }, ct)).Value!;
        return TypedResults.Created($"/api/v1/hazardous-areas/{hazard.Summary.Id}", hazard);
    }

    private static async Task<Ok<HazardDetailDto>> Update(Guid id, UpdateHazardousArea.Command command, IMediator mediator, HttpContext http,
        CancellationToken ct) =>
        Detail(http, await mediator.Send(command with { Id = id, ExpectedVersion = ETags.Required(http) }, ct));

    private static async Task<Ok<HazardDetailDto>> Mark(Guid id, MarkHazardousArea.Command command, IMediator mediator, HttpContext http,
        CancellationToken ct) =>
        Detail(http, await mediator.Send(command with { Id = id, ExpectedVersion = ETags.Optional(http) }, ct));

    private static async Task<Ok<HazardDetailDto>> Confirm(Guid id, ConfirmHazardousArea.Command command, IMediator mediator, HttpContext http,
        CancellationToken ct) =>
        Detail(http, await mediator.Send(command with { Id = id, ExpectedVersion = ETags.Optional(http) }, ct));

    private static async Task<Ok<HazardDetailDto>> Archive(Guid id, ArchiveHazardousArea.Command command, IMediator mediator, HttpContext http,
        CancellationToken ct) =>
        Detail(http, await mediator.Send(command with { Id = id, ExpectedVersion = ETags.Optional(http) }, ct));

    private static async Task<Ok<HazardDetailDto>> ChangeStatus(Guid id, ChangeHazardStatus.Command command, IMediator mediator, HttpContext http,
        CancellationToken ct) =>
        Detail(http, await mediator.Send(command with { Id = id, ExpectedVersion = ETags.Optional(http) }, ct));

    private static async Task<Ok<GetLandRelease.LandReleaseDto>> LandRelease(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetLandRelease.Query(id), ct));

    private static Ok<HazardDetailDto> Detail(HttpContext http, HazardDetailDto hazard) => ETags.Ok(http, hazard, hazard.Summary.RowVersion);
}
